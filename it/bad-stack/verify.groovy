def log = new File(basedir, 'build.log').text
def expected = '''dockerfile: <stack> (-Ddockerfile.stack) is 'ruby', which is not a known stack. Use one of: python, spring-boot, java, or remove it to detect the stack.'''
assert log.contains(expected): "build.log lacks: ${expected}"
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/docker').exists(): 'a failed generation must write nothing'
return true
