// mvn site runs the report goal: one page with the providers, the exception and its reason, resources and packages;
// the goal run alone writes the same page to AbstractMavenReport's standalone directory
for (String path : ['target/site/lightspeed-stack.html', 'target/reports/lightspeed-stack.html']) {
    def page = new File(basedir, path)
    assert page.isFile() : 'no report page ' + path
    def html = page.getText('UTF-8')
    assert html.contains('Declaration src/main/lightspeed/stack.yaml, llama-stack 0.3.5, distribution site-report: 3 providers (1 by exception')
    assert html.contains('<td>inline::sentence-transformers</td>')
    assert html.contains('<td>local embeddings for RAG</td>')
    assert html.contains('allowed by exception')
    assert html.contains('<td>remote::vllm</td>')
    assert html.contains('<td>granite</td>')
    assert html.contains('faiss-cpu')
}
def index = new File(basedir, 'target/site/project-reports.html')
assert index.isFile() && index.getText('UTF-8').contains('lightspeed-stack.html') : 'the report is listed in the site'
// described without naming a product: the index is written without reading the declaration's release
assert index.getText('UTF-8').contains('The providers, exceptions, resources and llslibdev packages of the stack this project declares.')
return true
