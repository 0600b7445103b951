// The parent inherits generate from its own <plugins> and has no declaration: one INFO line, no failure. Modules a
// and b, built in parallel (-T 4), both keep the group of the root pyproject.toml (outside each module's directory,
// inside the reactor's) up to date: the file ends with the group and nothing else of it is lost.
def log = new File(basedir, 'build.log').text
def skips = log.readLines().findAll { it.contains('lightspeed:generate: nothing to generate in this module') }
assert skips == ['[INFO] lightspeed:generate: nothing to generate in this module: no declaration at' +
        ' src/main/lightspeed/stack.yaml and no <providers> (a declaration set with <declaration> or' +
        ' -Dlightspeed.declaration must exist)'] : skips
assert log.contains('MultiThreadedBuilder implementation with a thread count of 4') : 'not built with -T 4'
assert !log.contains('pyproject-outside-project')
assert !log.contains('pyproject-group-shared') : 'both modules declare the same group'
def py = new File(basedir, 'pyproject.toml').text
assert py == new File(basedir, 'expected/pyproject.toml').text : 'pyproject.toml differs:\n' + py
['a', 'b'].each { m ->
    def run = new File(basedir, "${m}/target/generated-resources/lightspeed/run.yaml")
    assert run.isFile() : "${m}: no run.yaml"
    assert run.text.contains("image_name: module-${m}")
    assert log.contains("[INFO] lightspeed:generate (llama-stack 0.3.5): 2 providers, 0 resources")
}
assert !new File(basedir, 'target').exists() : 'the parent wrote nothing'
return true
