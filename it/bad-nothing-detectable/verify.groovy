def log = new File(basedir, 'build.log').text
def expected = '''dockerfile: <stack> (-Ddockerfile.stack) is not set and nothing was detected in bad-nothing-detectable (packaging pom)'''
assert log.contains(expected): "build.log lacks: ${expected}"
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/docker').exists(): 'a failed generation must write nothing'
return true
