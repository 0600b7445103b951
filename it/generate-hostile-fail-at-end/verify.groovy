def log = new File(basedir, 'build.log').text
def expected = [
  'a-deep-marker': 'src/main/lightspeed/stack.yaml:6:43: dependency-extra-syntax: dependencies.extras[0]:',
  'b-schema-cycle': 'src/main/lightspeed/stack.yaml:3:13: config-schema-recursive: providers[0].config:',
  'c-fifo-pyproject': 'pyproject.toml: pyproject-unreadable: is a named pipe (FIFO), not a regular file; only regular files are read (fix: name a regular file)',
  'd-distribution': 'src/main/lightspeed/stack.yaml:1:15: declaration-distribution-name: distribution:',
  'e-declaration-directory': 'src/main/lightspeed/stack.yaml: file-unreadable: is a directory; the declaration is one YAML file (fix: replace the directory by the declaration file, or set <declaration> / -Dlightspeed.declaration to another file)',
]
expected.each { module, line ->
  assert log.contains(line) : "missing in build.log: " + line
  assert !new File(basedir, module + '/target/generated-resources').exists() : module + ': nothing may be written'
}
assert log.contains('parentheses nested more than 32 deep in the marker')
assert !log.contains('StackOverflowError') && !log.contains('internal-error')
// the invoker runs Maven with -e, which prints the failure's own trace; the only cause is the build failure itself
def causes = (log =~ /Caused by: ([\w.$]+)/).collect { it[1] } as Set
assert causes == ['org.apache.maven.plugin.MojoFailureException'] as Set : 'unexpected exceptions: ' + causes
assert !log.contains('(' * 300) : 'the 5,000 parentheses are not echoed whole'
// --fail-at-end: the module after all the failures still builds
assert new File(basedir, 'z-ok/target/generated-resources/lightspeed/run.yaml').isFile()
assert log =~ /z-ok \.+ SUCCESS/
assert !new File('/tmp/pwn').exists()
return true
