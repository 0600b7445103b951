// check mode with a stale group: the build fails with a diff of the group and the command that fixes it,
// and writes nothing (neither pyproject.toml nor run.yaml)
def log = new File(basedir, 'build.log').text
def expected = [
  '[ERROR] pyproject.toml: pyproject-out-of-date: pyproject.toml is out of date: the llslibdev dependency group (or its [tool.uv] entries) differs from what the declaration generates:',
  '--- pyproject.toml (committed)',
  '+++ pyproject.toml (generated)',
  '@@ -6,7 +6,31 @@',
  '+    # API inference: inline::sentence-transformers',
  '-    "faiss-cpu>=1.10.0",',
  '+    "faiss-cpu>=1.11.0",',
  '+[[tool.uv.index]]',
  '+name = "pytorch-cpu"',
  " (fix: mvn generate-resources -Dlightspeed.pyprojectMode=write)",
]
def lines = log.readLines()
expected.each { line -> assert lines.contains(line) : 'missing line in build.log: ' + line }
assert log.contains('lightspeed:generate failed: 1 error')
assert !log.contains("Run 'mvn") : 'the fix is stated once'
def committed = new File(basedir, '../../../it/pyproject-check-stale/pyproject.toml')
assert new File(basedir, 'pyproject.toml').bytes == committed.bytes : 'pyproject.toml was changed'
assert !new File(basedir, 'target/generated-resources/lightspeed').exists() : 'nothing may be written on failure'
return true
