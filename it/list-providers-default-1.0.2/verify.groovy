// no release named: the default, OGX 1.0.2
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] API\s+Provider Type\s+LCS Support\s+Pip Packages\n/
assert log =~ /\[INFO\] responses\s+inline::builtin\s+supported/
assert log =~ /\[INFO\] tool_runtime\s+inline::file-search\s+supported/
assert log.contains('[INFO] 54 providers (10 supported by Lightspeed Core) for OGX 1.0.2\n')
// then LCS's table rows that do not apply to 1.0.2, with why
assert log.contains("[INFO] Not in this release: 20 rows of LCS's providers table name providers OGX 1.0.2 does not"
        + " have (they do not apply)\n")
assert log =~ /\[INFO\] API\s+Provider Type\s+LCS Support\s+Why\n/
assert log =~ /\[INFO\] telemetry\s+inline::meta-reference\s+supported\s+OGX 1\.0\.2 has no telemetry API for providers\n/
assert log =~ /\[INFO\] inference\s+remote::tgi\s+unsupported\s+OGX 1\.0\.2 has no provider inference remote::tgi\n/
assert log =~ /\[INFO\] safety\s+lcore::question_validity\s+supported\s+an LCS-owned shield \(type lcore, configured under shields: in lightspeed-stack\.yaml\), not a provider of OGX 1\.0\.2\n/
assert !log.contains('[ERROR]')
return true
