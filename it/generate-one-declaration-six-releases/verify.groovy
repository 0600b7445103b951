// every module generated the one declaration for its release, in that release's shape
def expected = [
    'r-0-2-22': ['llama-stack 0.2.22', 'image_name: portable-assistant', 'metadata_store:'],
    'r-0-3-5' : ['llama-stack 0.3.5', 'image_name: portable-assistant', 'registered_resources:', 'telemetry:'],
    'r-0-4-3' : ['llama-stack 0.4.3', 'image_name: portable-assistant', 'registered_resources:'],
    'r-0-5-2' : ['llama-stack 0.5.2', 'distro_name: portable-assistant', 'registered_resources:'],
    'r-0-6-0' : ['llama-stack 0.6.0', 'distro_name: portable-assistant', 'registered_resources:'],
    'r-1-0-2' : ['OGX 1.0.2', 'distro_name: portable-assistant', '~/.ogx/distributions/portable-assistant'],
]
expected.each { module, needles ->
    def f = new File(basedir, "${module}/target/generated-resources/lightspeed/run.yaml")
    assert f.isFile() : "${module}: no run.yaml"
    def text = f.text
    needles.each { assert text.contains(it) : "${module}: run.yaml lacks '${it}'" }
    if (module != 'r-0-3-5') {
        assert !text.contains('\ntelemetry:') : "${module}: a telemetry block outside 0.3.5"
    }
}
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
return true
