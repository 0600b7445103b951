// the report goal alone writes the same page as under mvn site: providers, the exception and its reason, resources
// and packages
def page = new File(basedir, 'target/reports/lightspeed-stack.html') // AbstractMavenReport's standalone directory
assert page.isFile() : 'no report page'
def html = page.getText('UTF-8')
assert html.contains('Declaration src/main/lightspeed/stack.yaml, llama-stack 0.3.5, distribution report-standalone: 3 providers (1 by exception')
assert html.contains('<td>inline::sentence-transformers</td>')
assert html.contains('<td>local embeddings for RAG</td>')
assert html.contains('allowed by exception')
assert html.contains('<td>remote::vllm</td>')
assert html.contains('<td>granite</td>')
assert html.contains('faiss-cpu')
return true
