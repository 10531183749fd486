def log = new File(basedir, 'build.log').text
def expected = '''dockerfile: <uid> (-Ddockerfile.uid) is 0: the container must not run as root (0) or with a negative id. Use a positive id such as 10001, or remove it.'''
assert log.contains(expected): "build.log lacks: ${expected}"
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/docker').exists(): 'a failed generation must write nothing'
return true
