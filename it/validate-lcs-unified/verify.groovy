def log = new File(basedir, 'build.log').text
// both files are recognised by their content (no -Dlightspeed.kind) and checked for OGX 1.0.2 (-Dlightspeed.llamaStack)
def expected = [
  // LCS's model: unified inputs and library_client_config_path exclude each other (check_unified_vs_legacy)
  "[ERROR] both-modes.yaml:4:31: lcs-config-mode: llama_stack.library_client_config_path: Llama Stack configuration is ambiguous",
  // the synthesis on the hand-written profile, each problem at the line the operator wrote
  "[ERROR] lightspeed-stack.yaml:8:9: run-unknown-key: server.prot: unknown field 'prot' (fix: did you mean 'port'?)",
  "[ERROR] lightspeed-stack.yaml:11:11: provider-unsupported: providers.inference[2].provider_type: remote::ollama (inference) is not supported by Lightspeed Core",
  // an inference.providers 'extra' key becomes a provider config field: OGX ignores one its config does not have
  "[ERROR] lightspeed-stack.yaml:15:7: config-unknown-field: providers.inference[0].config.url: unknown field 'url' (fix: did you mean 'base_url'?)",
  "[ERROR] profile.yaml:13:7: config-unknown-field: providers.inference[1].config.base_ulr: unknown field 'base_ulr' (fix: did you mean 'base_url'?)",
  // what LCS drops silently
  "[WARNING] lightspeed-stack.yaml:18:16: lcs-mcp-provider-id: mcp_servers.provider_id: LCS's synthesis adds only the tool_runtime provider 'model-context-protocol'; nothing provides 'mcp-docs'",
  "[WARNING] profile.yaml:6:5: lcs-provider-replaced: providers.inference[0]: this provider 'openai' is replaced by the inference.providers entry at lightspeed-stack.yaml:12:5",
  // OGX's own verdict (policy llama-stack): it ignores the typos and runs ollama; LCS's policy is what refuses
  "[INFO] lightspeed-stack.yaml:2:1: lcs-ogx-verdict: the run configuration LCS synthesizes from the profile profile.yaml is one OGX 1.0.2 starts (policy llama-stack)",
  "[ERROR] lightspeed:validate (policy lcs): 2 files, 0 OK, 2 failed; 6 errors, 2 warnings",
]
expected.each { line -> assert log.contains(line) : "missing in build.log: " + line }
// synthesizedOutput: what LCS would run, per configuration, as DIR/<name>-run.yaml
def run = new File(basedir, 'target/lcs/lightspeed-stack-run.yaml')
assert run.isFile() && new File(basedir, 'target/lcs/both-modes-run.yaml').isFile()
def text = run.text
assert text.contains('api_key: ${env.OPENAI_API_KEY}') : 'the inference.providers entry replaced the profile\'s openai'
assert !text.contains('PROFILE_OPENAI_KEY')
assert text.contains('provider_type: remote::ollama')
assert text.contains('prot: 8322') : 'native_override merged last'
return true
