assert !new File(basedir, 'src/main/lightspeed/stack.yaml').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('lightspeed:import failed')
assert log.contains('run.yaml:73:20: provider-unknown-type')
assert log.contains('import-source-invalid')
assert log.contains('-Dlightspeed.force=true')
return true
