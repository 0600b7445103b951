import groovy.json.JsonSlurper

def all = new JsonSlurper().parse(new File(basedir, 'target/providers.json'))
def rows = all.findAll { it.in_release }
assert rows.size() == 65
// the one row of LCS's table that names a provider 0.2.22 does not have comes last
assert all.size() == 66 && all[65].in_release == false
assert all[65].api == 'eval' && all[65].provider_type == 'remote::meta-reference' && all[65].supported == false
def flag = { api, type -> rows.find { it.api == api && it.provider_type == type }.supported }
assert flag('inference', 'remote::openai') == true
assert flag('inference', 'remote::bedrock') == false
assert flag('telemetry', 'inline::meta-reference') == true
assert rows.count { it.supported } == 17
assert new File(basedir, 'build.log').text.contains("wrote 65 providers of llama-stack 0.2.22 (and 1 row of LCS's table not in this release) in ")
return true
