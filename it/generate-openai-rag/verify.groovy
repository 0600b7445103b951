def out = new File(basedir, 'target/generated-resources/lightspeed/run.yaml')
assert out.isFile()
def expected = new File(basedir, 'expected/run.yaml')
assert out.bytes == expected.bytes : 'run.yaml differs from expected/run.yaml'
def log = new File(basedir, 'build.log').text
// first build writes, second build finds the same bytes and leaves the file (and its mtime) alone
assert log.contains('wrote target/generated-resources/lightspeed/run.yaml')
assert log.contains('up to date: target/generated-resources/lightspeed/run.yaml')
assert log.contains('provider-allowed-unsupported')
def perms = java.nio.file.Files.getPosixFilePermissions(out.toPath())
assert java.nio.file.attribute.PosixFilePermissions.toString(perms) == 'rw-------'
return true
