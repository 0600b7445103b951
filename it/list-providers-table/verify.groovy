def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] API\s+Provider Type\s+LCS Support\s+Pip Packages/
assert log =~ /\[INFO\] inference\s+remote::openai\s+supported\s*\n/
assert log =~ /\[INFO\] inference\s+remote::watsonx\s+supported\s+litellm\n/
assert log =~ /\[INFO\] inference\s+remote::bedrock\s+unsupported\s+boto3\n/
assert log =~ /\[INFO\] inference\s+remote::acme\s+supported\s+acme-client>=1\.0\n/
assert log =~ /\[INFO\] inference\s+remote::vertexai\s+unsupported\s+google-cloud-aiplatform\n/
assert !(log =~ /\[INFO\] vector_io\s/)
assert log.contains('[INFO] 25 providers (5 supported by Lightspeed Core) for llama-stack 0.3.5')
// the generated help goal
assert log.contains('lightspeed:list-providers')
assert log.contains('Display help information on lightspeed-stack-maven-plugin')
return true
