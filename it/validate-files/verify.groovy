def log = new File(basedir, 'build.log').text
def unsupported = "bad.yaml:15:20: provider-unsupported: providers.vector_io[0].provider_type: inline::milvus (vector_io) is not supported by Lightspeed Core (LCS providers table (docs/providers.md at 4ceb0519), vector_io row 'milvus' (inline): not supported) (fix: use inline::faiss, or add <allowUnsupported><allowUnsupported>inline::milvus</allowUnsupported></allowUnsupported> (or -Dlightspeed.allowUnsupported=inline::milvus))"
def missing = "bad.yaml:17:7: config-missing-field: providers.vector_io[0].config.db_path: required field 'db_path' is missing (fix: add 'db_path:' under providers.vector_io[0].config (string))"
assert log.contains('[INFO] OK good.yaml') : 'the passing file is reported'
[unsupported, missing].each { line ->
  assert log.contains('[ERROR] ' + line) : "missing in build.log: " + line
}
assert log.contains('[ERROR] lightspeed:validate (policy lcs): 2 files, 1 OK, 1 failed; ')
def report = new File(basedir, 'target/validate-report.json').text
assert report.contains('"verdict": "OK"') && report.contains('"verdict": "FAIL"')
return true
