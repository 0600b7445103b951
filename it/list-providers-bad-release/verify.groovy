def log = new File(basedir, 'build.log').text
def line = "release-unknown: llamaStack: unknown llama-stack release '0.3.4'; known: 0.3.5, 0.2.22" +
        " (fix: did you mean '0.3.5'? (-Dlightspeed.llamaStack=0.3.5))"
assert log.contains('[ERROR] ' + line)
assert log.contains('lightspeed:list-providers failed: 1 error')
assert log.contains('  ' + line)
return true
