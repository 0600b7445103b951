// init in a project that has nothing but its POM, then generate from what it wrote; a second init keeps the file
def decl = new File(basedir, 'src/main/lightspeed/stack.yaml')
assert decl.isFile()
def text = decl.text
assert text.startsWith('# yaml-language-server: $schema=stack-declaration.schema.json\n')
assert text.contains('distribution: "init-then-generate"')
// no -Dlightspeed.llamaStack: the default release, OGX 1.0.2, where remote::openai is also a files provider
assert text.contains('llamaStack: 1.0.2\n')
assert text.contains('  - type: remote::openai\n    api: inference\n    config:\n      api_key: ${env.OPENAI_API_KEY}\n')
def schema = new File(basedir, 'src/main/lightspeed/stack-declaration.schema.json')
assert schema.bytes == new File(basedir, '../../../schema/stack-declaration.schema.json').bytes
def run = new File(basedir, 'target/generated-resources/lightspeed/run.yaml')
assert run.isFile()
assert run.text.contains('provider_type: inline::faiss')
assert run.text.contains('provider_type: remote::model-context-protocol')
assert run.text.readLines()[0].contains(' for OGX 1.0.2. ') : run.text.readLines()[0]
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] wrote src/main/lightspeed/stack.yaml')
assert log.contains('[INFO] wrote src/main/lightspeed/stack-declaration.schema.json')
assert log.contains('[INFO] wrote target/generated-resources/lightspeed/run.yaml')
assert log.contains('[INFO] src/main/lightspeed/stack.yaml exists and is left alone (-Dlightspeed.force=true overwrites it)')
assert !log.contains('[ERROR]')
return true
