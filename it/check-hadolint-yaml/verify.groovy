// .hadolint.yaml decides: DL3002 is only info, DF006 is ignored, DL3026 is on (trustedRegistries),
// and only errors fail the build (failure-threshold: error); a misspelt id is a warning with the nearest id.
def log = new File(basedir, 'build.log').text
assert log.contains('dockerfile:check: using ')
assert log.contains('[INFO] Dockerfile:2 DL3002 info  Last USER is root'): 'the log level is the finding\'s severity'
assert log.contains("[WARNING] dockerfile:check: ${new File(basedir, '.hadolint.yaml').canonicalPath}: line 5: 'ignored':"
        + ' StageNameCasng names no rule of this plugin, so it applies to nothing; did you mean StageNameCasing?')
assert !log.contains('DL3026'): 'debian:bookworm-slim is on docker.io, a trusted registry'
assert !log.contains('DF006')
assert log.contains('(fails on error)')
return true
