// Creates modules m01..m50: each the OpenAI RAG declaration with its own distribution name
def declaration = new File(basedir, '../generate-openai-rag/src/main/lightspeed/stack.yaml').text
(1..50).each { i ->
    def name = String.format('m%02d', i)
    def dir = new File(basedir, name)
    new File(dir, 'src/main/lightspeed').mkdirs()
    new File(dir, 'src/main/lightspeed/stack.yaml').text =
            declaration.replace('distribution: docs-assistant', "distribution: ${name}-assistant")
    new File(dir, 'pom.xml').text = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>dev.lightspeed.it</groupId><artifactId>generate-reactor-50</artifactId><version>1.0.0</version></parent>
  <artifactId>${name}</artifactId>
  <packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>dev.lightspeed</groupId><artifactId>lightspeed-stack-maven-plugin</artifactId>
  </plugin></plugins></build>
</project>
"""
}
return true
