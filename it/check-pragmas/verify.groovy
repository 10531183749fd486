// Problems that users accepted with the pragmas they already write: nothing is reported, even at
// failOn=style; both files named on the command line were read.
def log = new File(basedir, 'build.log').text
assert log.contains('dockerfile:check: 2 files checked: 0 errors, 0 warnings, 0 info, 0 style (fails on style); reports in target')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/dockerfile-check.json').text == '[]\n'
return true
