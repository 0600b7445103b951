def log = new File(basedir, 'build.log').text
// import: the legacy pair's run.yaml became the declaration, the lightspeed-stack.yaml a unified one whose profile is
// the run.yaml generate writes, relative to the unified file's own directory (LCS resolves it there)
def unified = new File(basedir, 'lightspeed-stack.yaml').text
assert unified.contains('  config:\n    profile: target/generated-resources/lightspeed/run.yaml   # was library_client_config_path: run.yaml (LCS legacy mode)')
assert !(unified =~ /(?m)^\s*library_client_config_path:/)
assert unified.contains('user_data_collection:\n  feedback_enabled: false') : 'every other byte is kept'
def declaration = new File(basedir, 'src/main/lightspeed/stack.yaml').text
assert declaration.contains('llamaStack: 1.0.2') && declaration.contains('type: remote::openai')
// generate: the unified file names the generated run.yaml, and LCS's synthesis on top of it is one OGX 1.0.2 starts
assert log.contains('[INFO] lightspeed-stack.yaml:5:1: lcs-ogx-verdict: the run configuration LCS synthesizes from the profile target/generated-resources/lightspeed/run.yaml is one OGX 1.0.2 starts (policy llama-stack)')
assert !log.contains('lcs-profile-not-generated') && !log.contains('lcs-legacy-mode')
assert new File(basedir, 'target/generated-resources/lightspeed/run.yaml').isFile()
return true
