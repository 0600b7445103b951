def log = new File(basedir, 'build.log').text
def line = "release-unknown: llamaStack: unknown release '0.3.4'; bundled: OGX 1.0.2, llama-stack 0.6.0," +
        " 0.5.2, 0.4.3, 0.3.5, 0.2.22 (fix: did you mean '0.3.5', '0.4.3' or '0.5.2'? (-Dlightspeed.llamaStack=0.3.5))"
assert log.contains('[ERROR] ' + line)
assert log.contains('lightspeed:list-providers failed: 1 error')
assert log.contains('  ' + line)
return true
