def log = new File(basedir, 'build.log').text
assert log.contains('lcs-ogx-verdict: the run configuration LCS synthesizes from the profile target/generated-resources/lightspeed/run.yaml is one OGX 1.0.2 starts')
assert !log.contains('lcs-profile-not-generated')
assert new File(basedir, 'target/generated-resources/lightspeed/run.yaml').isFile()
return true
