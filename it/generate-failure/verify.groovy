def log = new File(basedir, 'build.log').text
def expected = [
  "stack.yaml:2:11: provider-unsupported: providers[0].type: remote::bedrock (inference) is not supported by Lightspeed Core (LCS providers table (docs/providers.md at 4ceb0519), inference row 'bedrock': not supported) (fix: use remote::azure, remote::openai, remote::vertexai, remote::vllm, remote::watsonx, or add 'allowUnsupported: [{type: remote::bedrock, reason: \"<why this exception is accepted>\"}]')",
  "stack.yaml:6:7: config-unknown-field: providers[1].config.api_kye: unknown field 'api_kye' (fix: did you mean 'api_key'?)",
  "stack.yaml:9:15: resource-provider-missing: models[0].provider: model 'gpt-4o-mini' is bound to provider 'opneai', which is not declared (fix: did you mean 'openai'?)",
]
// each problem is logged at ERROR, and repeated in the one failure message at the end of the build
expected.each { line ->
  assert log.contains('[ERROR] src/main/lightspeed/' + line) : "missing in build.log: " + line
  assert log.contains('  src/main/lightspeed/' + line)
}
assert log.contains('lightspeed:generate failed: 3 errors')
assert !new File(basedir, 'target/generated-resources/lightspeed').exists() : 'nothing may be written on failure'
return true
