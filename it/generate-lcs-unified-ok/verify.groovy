def log = new File(basedir, 'build.log').text
// the project of generate-lcs-unified-fail, fixed: port spelled right, default_provider set, a supported inference type
// (vllm), and no inference.providers entry replacing the declared openai provider
assert log.contains('lcs-ogx-verdict: the run configuration LCS synthesizes from the profile target/generated-resources/lightspeed/run.yaml is one OGX 1.0.2 starts')
assert !log.contains('lcs-profile-not-generated')
assert !log.contains('[WARNING] lightspeed-stack.yaml') && !log.contains('lcs-provider-')
assert new File(basedir, 'target/generated-resources/lightspeed/run.yaml').isFile()
return true
