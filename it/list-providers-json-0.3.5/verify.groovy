import groovy.json.JsonSlurper

def all = new JsonSlurper().parse(new File(basedir, 'target/providers.json'))
// the providers of 0.3.5, then the rows of LCS's table that name providers 0.3.5 does not have
def rows = all.findAll { it.in_release }
assert rows.size() == 64
assert all.take(64) == rows
def absent = all.drop(64)
assert absent.collect { it.api + ' ' + it.provider_type + ' ' + it.supported } ==
        ['eval remote::meta-reference false', 'telemetry inline::meta-reference true']
assert absent.every { it.in_release == false && it.support_note.startsWith('llama-stack 0.3.5 has no ') }
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
assert new File(basedir, 'build.log').text.contains("wrote 64 providers of llama-stack 0.3.5 (and 2 rows of LCS's table not in this release) in ")
return true
