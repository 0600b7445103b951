// auto mode in CI: the committed pyproject.toml is checked, never rewritten; the failure says why (CI=true), how to
// write anyway, and names the one command that brings the file up to date
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def error = "[ERROR] pyproject.toml: pyproject-out-of-date: checked, not written, because the environment variable CI" +
        " is 'true' (a CI build; -Dlightspeed.pyprojectMode=write writes it anyway): pyproject.toml is out of date:" +
        " the llslibdev dependency group (or its [tool.uv] entries) differs from what the declaration generates:"
assert lines.contains(error) : 'missing line in build.log: ' + error
assert lines.contains(' (fix: mvn generate-resources -Dlightspeed.pyprojectMode=write)')
assert !log.contains('wrote pyproject.toml')
def committed = new File(basedir, '../../../it/generate-ci/pyproject.toml')
assert new File(basedir, 'pyproject.toml').bytes == committed.bytes : 'pyproject.toml was changed'
assert !new File(basedir, 'target/generated-resources/lightspeed').exists() : 'nothing may be written on failure'
return true
