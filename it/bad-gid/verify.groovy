def log = new File(basedir, 'build.log').text
def expected = '''dockerfile: <gid> (-Ddockerfile.gid) is -5: the container must not run as root (0) or with a negative id.'''
assert log.contains(expected): "build.log lacks: ${expected}"
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/docker').exists(): 'a failed generation must write nothing'
return true
