def log = new File(basedir, 'build.log').text
def expected = '''dockerfile: <templateDirectory> (-Ddockerfile.templateDirectory) holds a broken template: 'python.Dockerfile.ftl' line 3: The following has evaluated to null or missing: ==> baseImage. Fix the template, or delete it to use the built-in one.'''
assert log.contains(expected): "build.log lacks: ${expected}"
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/docker').exists(): 'a failed generation must write nothing'
return true
