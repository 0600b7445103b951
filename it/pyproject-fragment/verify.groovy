// fragment mode: the group (and its uv entries) alone in llslibdev.toml beside run.yaml; pyproject.toml untouched
def fragment = new File(basedir, 'target/generated-resources/lightspeed/llslibdev.toml')
assert fragment.isFile()
assert fragment.bytes == new File(basedir, 'expected/llslibdev.toml').bytes : 'llslibdev.toml differs:\n' + fragment.text
def committed = new File(basedir, '../../../it/pyproject-fragment/pyproject.toml')
assert new File(basedir, 'pyproject.toml').bytes == committed.bytes : 'fragment mode must not touch pyproject.toml'
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] wrote target/generated-resources/lightspeed/llslibdev.toml')
assert !log.contains('wrote pyproject.toml')
return true
