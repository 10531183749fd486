def log = new File(basedir, 'build.log').text
def expected = '''dockerfile: <command> (-Ddockerfile.command) contains a line break in 'python main.py\\nUSER root'. Write the value on one line.'''
assert log.contains(expected): "build.log lacks: ${expected}"
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/docker').exists(): 'a failed generation must write nothing'
return true
