def log = new File(basedir, 'build.log').text
// lightspeed-stack.yaml names the generated run.yaml (OGX 1.0.2, the declaration's llamaStack) as its profile, so no
// lcs-profile-not-generated; the build fails with three errors, each at the line of lightspeed-stack.yaml the operator wrote:
//  - the native_override typo: OGX 1.0.2 drops an unknown key silently (the server stays on 8321); an error under policy lcs
//  - default_model without default_provider: LCS's model (InferenceConfiguration.check_default_model_and_provider)
//    raises, so LCS itself refuses to start
//  - the unsupported inference.providers type: LCS accepts 'ollama' and OGX runs it, but LCS's providers table does not
//    support it; an error under policy lcs
def expected = [
  "[ERROR] lightspeed-stack.yaml:11:9: run-unknown-key: server.prot: unknown field 'prot' (fix: did you mean 'port'?)",
  "[ERROR] lightspeed-stack.yaml:13:3: lcs-config-value: inference: default_model and default_provider must be set together (fix: set both, or neither)",
  "[ERROR] lightspeed-stack.yaml:15:11: provider-unsupported: providers.inference[1].provider_type: remote::ollama (inference) is not supported by Lightspeed Core",
  // the declared openai provider, replaced by the inference.providers entry of the same id: a warning at the declaration's entry, not at run.yaml
  "[WARNING] src/main/lightspeed/stack.yaml:4:5: lcs-provider-replaced: providers.inference[0]: this declared provider 'openai' is replaced by the inference.providers entry at lightspeed-stack.yaml:18:5",
  // OGX's own verdict on the synthesis (policy llama-stack): it would start; LCS and its support policy are what fail
  "lightspeed-stack.yaml:5:1: lcs-ogx-verdict: the run configuration LCS synthesizes from the profile target/generated-resources/lightspeed/run.yaml is one OGX 1.0.2 starts",
]
expected.each { line -> assert log.contains(line) : "missing in build.log: " + line }
assert !log.contains('lcs-profile-not-generated')
assert !log.contains('run.yaml:') : 'no problem may point at the generated run.yaml'
assert log.contains("lightspeed:generate failed: LCS's configuration lightspeed-stack.yaml: 3 errors, 1 warning")
assert !new File(basedir, 'target/generated-resources/lightspeed/run.yaml').exists() : 'nothing may be written on failure'
return true
