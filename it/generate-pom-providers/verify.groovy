def out = new File(basedir, 'target/generated-resources/lightspeed/run.yaml')
assert out.isFile()
def text = out.text
assert text.contains('for llama-stack 0.2.22')
assert text.contains('image_name: generate-pom-providers')
assert text.contains('vector_dbs: []')
assert text.contains('metadata_store:')
assert text.contains('provider_type: remote::vllm')
assert !text.contains('registered_resources')
// attached with classifier run, type yaml, and installed with the project
def installed = new File(localRepositoryPath, 'dev/lightspeed/it/generate-pom-providers/1.0.0/generate-pom-providers-1.0.0-run.yaml')
assert installed.isFile() : 'run.yaml was not attached and installed: ' + installed
assert installed.bytes == out.bytes
return true
