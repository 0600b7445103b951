// check mode with an up-to-date pyproject.toml: the build passes, the file keeps its bytes, run.yaml is written
def log = new File(basedir, 'build.log').text
assert !log.contains('pyproject-out-of-date')
assert !log.contains('wrote pyproject.toml')
assert log.contains('[INFO] wrote target/generated-resources/lightspeed/run.yaml')
assert log.contains('[INFO] BUILD SUCCESS')
// invoker clones from it/: the source copy is what was committed
def committed = new File(basedir, '../../../it/pyproject-check-ok/pyproject.toml')
assert new File(basedir, 'pyproject.toml').bytes == committed.bytes
return true
