// Every module's run.yaml is the OpenAI RAG golden file with its own distribution name, every module has its
// llslibdev fragment, and the one Maven JVM parsed the bundled catalog once for all 50 modules.
def golden = new File(basedir, '../generate-openai-rag/expected/run.yaml').text
def fragment = null
(1..50).each { i ->
    def name = String.format('m%02d', i)
    def out = new File(basedir, "${name}/target/generated-resources/lightspeed")
    def runYaml = new File(out, 'run.yaml')
    assert runYaml.isFile() : "${name}: no run.yaml"
    assert runYaml.text == golden.replace('docs-assistant', "${name}-assistant") : "${name}: run.yaml differs"
    def f = new File(out, 'llslibdev.toml').text
    assert f.contains('faiss-cpu>=1.11.0') : "${name}: llslibdev.toml lacks the declared constraint"
    fragment = fragment ?: f
    assert f == fragment : "${name}: llslibdev.toml differs from m01's"
}
def log = new File(basedir, 'build.log').text
// the parse line is at DEBUG: invoker.properties turns on DEBUG for the plugin's loggers only
def parses = log.readLines().findAll { it.contains('lightspeed: catalog ') && it.contains(' parsed ') }
assert parses.size() == 1 : "the catalog was parsed ${parses.size()} times: ${parses}"
assert parses[0].startsWith('[DEBUG] lightspeed: catalog 0.3.5 parsed (parses in this JVM: 1)') : parses[0]
assert log.contains('MultiThreadedBuilder implementation with a thread count of 2') : 'not built with -T 2'
// wall time per module, from the reactor summary ("m07 ..... SUCCESS [  0.041 s]")
def times = (log =~ /m\d\d \.+ SUCCESS \[\s*([0-9.]+) s\]/).collect { it[1] as double }
assert times.size() == 50
println String.format('generate-reactor-50: %d modules, mean %.3f s per module (reactor summary)', times.size(),
        times.sum() / times.size())
return true
