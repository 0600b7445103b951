def decl = new File(basedir, 'src/main/lightspeed/stack.yaml')
assert decl.isFile()
def text = decl.text
assert text.startsWith('# Imported by lightspeed-stack-maven-plugin from lcs-run.yaml')
assert text.contains('reason: imported from lcs-run.yaml')
assert text.contains('openai_api_key: ${env.OPENAI_API_KEY}')
assert text.contains('# This ID is a reference to \'providers.inference\'')
def out = new File(basedir, 'target/generated-resources/lightspeed/run.yaml')
assert out.isFile()
def run = out.text
assert run.contains('provider_type: inline::braintrust')
assert run.contains('model_id: gpt-4o-mini')
assert run.contains('db_path: ${env.KV_STORE_PATH:=~/.llama/storage/rag/kv_store.db}')
def log = new File(basedir, 'build.log').text
assert log.contains('wrote src/main/lightspeed/stack.yaml (llama-stack 0.3.5); next: mvn lightspeed:generate')
assert log.contains('import-secret-moved')
assert log.contains('import-not-carried')
assert log.contains('wrote target/generated-resources/lightspeed/run.yaml')
def toml = new File(basedir, 'pyproject.toml').text
// the hand-kept pins come back through dependencies.constraints
assert toml.contains('"torch==2.9.0"')
assert toml.contains('"faiss-cpu>=1.11.0"')
assert text.contains('dependencies:')
assert log.contains('OK target/generated-resources/lightspeed/run.yaml')
return true
