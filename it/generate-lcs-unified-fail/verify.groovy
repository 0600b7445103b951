def log = new File(basedir, 'build.log').text
// the three problems, each at the line of lightspeed-stack.yaml the operator wrote
def expected = [
  "[WARNING] lightspeed-stack.yaml:8:14: lcs-profile-not-generated: llama_stack: LCS does not start from the generated target/generated-resources/lightspeed/run.yaml: this configuration starts from run.yaml",
  "[ERROR] lightspeed-stack.yaml:11:9: run-unknown-key: server.prot: unknown field 'prot' (fix: did you mean 'port'?)",
  "[ERROR] lightspeed-stack.yaml:14:11: provider-unsupported: providers.inference[1].provider_type: remote::ollama (inference) is not supported by Lightspeed Core",
]
expected.each { line -> assert log.contains(line) : "missing in build.log: " + line }
assert log.contains('lightspeed:generate failed: LCS would not start from lightspeed-stack.yaml: 2 errors')
assert !new File(basedir, 'target/generated-resources/lightspeed/run.yaml').exists() : 'nothing may be written on failure'
return true
