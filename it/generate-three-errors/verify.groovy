// three independent errors, each reported in the same run: none hides another
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
[
  "[ERROR] src/main/lightspeed/stack.yaml:3:11: provider-unsupported: providers[0].type: remote::bedrock is not supported by Lightspeed Core under any of its APIs (inference, safety) (fix: use a supported provider (mvn lightspeed:list-providers), or add 'allowUnsupported: [{type: remote::bedrock, reason: \"<why this exception is accepted>\"}]')",
  "[ERROR] src/main/lightspeed/stack.yaml:6:7: config-unknown-field: providers[1].config.api_kye: unknown field 'api_kye' (fix: did you mean 'api_key'?)",
  "[ERROR] src/main/lightspeed/stack.yaml:8:1: declaration-unknown-field: modles: unknown field 'modles' (fix: did you mean 'models'?)",
].each { line -> assert lines.contains(line) : 'missing line in build.log: ' + line }
assert log.contains('lightspeed:generate failed: 4 errors')
assert !new File(basedir, 'target/generated-resources/lightspeed').exists() : 'nothing may be written on failure'
return true
