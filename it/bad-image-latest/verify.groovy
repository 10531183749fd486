def log = new File(basedir, 'build.log').text
def expected = '''dockerfile: <runtimeImage> (-Ddockerfile.runtimeImage) is 'python:latest' without a version'''
assert log.contains(expected): "build.log lacks: ${expected}"
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/docker').exists(): 'a failed generation must write nothing'
return true
