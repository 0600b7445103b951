// auto mode with an existing pyproject.toml writes the group into it: CRLF, comments, the other group, [tool.uv]
// and the missing final newline stay as they were; only the llslibdev array and the uv index/sources it needs change
def actual = new File(basedir, 'pyproject.toml').bytes
def expected = new File(basedir, 'expected/pyproject.toml').bytes
assert actual == expected : 'pyproject.toml differs from expected/pyproject.toml:\n' + new String(actual, 'UTF-8')
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] wrote pyproject.toml')
assert log.contains('[INFO] wrote target/generated-resources/lightspeed/run.yaml')
assert !new File(basedir, 'target/generated-resources/lightspeed/llslibdev.toml').exists()
return true
