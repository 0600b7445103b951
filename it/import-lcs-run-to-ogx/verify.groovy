def decl = new File(basedir, 'src/main/lightspeed/stack.yaml').text
assert decl.contains('for OGX 1.0.2.')
assert decl.contains('llamaStack: 1.0.2')
assert decl.contains('# migrated: providers.agents[0]: agents inline::meta-reference becomes responses inline::builtin')
assert decl.contains('# migrated: providers.tool_runtime[0]: tool_runtime inline::rag-runtime becomes tool_runtime inline::file-search')
assert decl.contains('# not carried over: providers.safety[0]')
def run = new File(basedir, 'target/generated-resources/lightspeed/run.yaml').text
assert run.contains('for OGX 1.0.2.')
assert run.contains('distro_name: ')
assert !run.contains('image_name:')
// the same inference providers and models as the 0.3.5 source
assert run.contains('provider_type: remote::openai')
assert run.contains('provider_type: inline::sentence-transformers')
assert run.contains('model_id: gpt-4o-mini')
assert run.contains('provider_type: inline::builtin')
assert run.contains('provider_type: inline::file-search')
assert run.contains('provider_type: inline::pypdf')
assert !run.contains('safety')
def log = new File(basedir, 'build.log').text
assert log.contains('OK target/generated-resources/lightspeed/run.yaml')
// the release is named as OGX names itself, in import's and generate's log lines
assert log.contains('wrote src/main/lightspeed/stack.yaml (OGX 1.0.2); next: mvn ')
assert log.contains('[INFO] lightspeed:generate (OGX 1.0.2): ')
assert log.contains('BUILD SUCCESS')
return true
