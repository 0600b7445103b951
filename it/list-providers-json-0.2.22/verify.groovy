import groovy.json.JsonSlurper

def rows = new JsonSlurper().parse(new File(basedir, 'target/providers.json'))
assert rows.size() == 65
def flag = { api, type -> rows.find { it.api == api && it.provider_type == type }.supported }
assert flag('inference', 'remote::openai') == true
assert flag('inference', 'remote::bedrock') == false
assert flag('telemetry', 'inline::meta-reference') == true
assert rows.count { it.supported } == 17
assert new File(basedir, 'build.log').text.contains('wrote 65 providers of llama-stack 0.2.22 in ')
return true
