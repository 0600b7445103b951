// Makes the modules; the large and special inputs exist only here, at test time
def openai = 'providers:\n  - type: remote::openai\n    config: {api_key: "${env.OPENAI_API_KEY}"}\n'
def module = { String name, String declaration, String extra = '' ->
    def dir = new File(basedir, name)
    new File(dir, 'src/main/lightspeed').mkdirs()
    if (declaration != null) {
        new File(dir, 'src/main/lightspeed/stack.yaml').text = declaration
    }
    new File(dir, 'pom.xml').text = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>dev.lightspeed.it</groupId><artifactId>generate-hostile-fail-at-end</artifactId><version>1.0.0</version></parent>
  <artifactId>${name}</artifactId>
  <packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>dev.lightspeed</groupId><artifactId>lightspeed-stack-maven-plugin</artifactId>${extra}
  </plugin></plugins></build>
</project>
"""
    dir
}
def deep = '(' * 5000 + "python_version >= '3.10'" + ')' * 5000
module('a-deep-marker', openai + 'dependencies:\n  extras:\n    - "x; ' + deep + '"\n')
def b = module('b-schema-cycle', 'providers:\n  - type: remote::loop\n    config: {url: x}\n',
        '<configuration><catalogs><catalog>catalog.yaml</catalog></catalogs></configuration>')
new File(b, 'catalog.yaml').text = '''providers:
  - api: inference
    provider_type: remote::loop
    config_schema: {$defs: {A: {anyOf: [{$ref: '#/$defs/B'}]}, B: {oneOf: [{$ref: '#/$defs/A'}]}}, $ref: '#/$defs/A'}
'''
def c = module('c-fifo-pyproject', openai)
def fifo = ['mkfifo', new File(c, 'pyproject.toml').path].execute()
assert fifo.waitFor() == 0 : 'mkfifo failed'
module('d-distribution', 'distribution: "evil}/../../../tmp/pwn"\n' + openai)
def e = module('e-declaration-directory', null)
new File(e, 'src/main/lightspeed/stack.yaml').mkdirs()
module('z-ok', openai)
return true
