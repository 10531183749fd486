// .hadolint.yaml decides: DL3002 is only info, DF006 is ignored, DL3026 is on (trustedRegistries),
// and only errors fail the build (failure-threshold: error).
def log = new File(basedir, 'build.log').text
assert log.contains('dockerfile:check: using ')
assert log.contains('Dockerfile:2 DL3002 info  Last USER is root')
assert !log.contains('DL3026'): 'debian:bookworm-slim is on docker.io, a trusted registry'
assert !log.contains('DF006')
assert log.contains('(fails on error)')
return true
