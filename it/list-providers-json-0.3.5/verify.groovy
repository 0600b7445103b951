import groovy.json.JsonSlurper

def rows = new JsonSlurper().parse(new File(basedir, 'target/providers.json'))
assert rows.size() == 64
def flag = { api, type -> rows.find { it.api == api && it.provider_type == type }.supported }
assert flag('inference', 'remote::openai') == true
assert flag('inference', 'remote::vertexai') == true
assert flag('inference', 'remote::bedrock') == false
assert flag('vector_io', 'inline::faiss') == true
assert flag('agents', 'inline::meta-reference') == true
assert rows.count { it.supported } == 16
assert rows.every { it.keySet().containsAll(['api', 'provider_type', 'supported', 'support_note', 'pip_packages',
        'api_dependencies', 'optional_api_dependencies', 'deprecated']) }
assert !rows.any { it.api == 'telemetry' }
assert new File(basedir, 'build.log').text.contains('wrote 64 providers of llama-stack 0.3.5 in ')
return true
