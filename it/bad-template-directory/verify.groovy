def log = new File(basedir, 'build.log').text
def expected = '''dockerfile: <templateDirectory> (-Ddockerfile.templateDirectory) is 'no-such-templates', which is not a directory. Create it with your .ftl overrides, or remove the parameter to use the built-in templates.'''
assert log.contains(expected): "build.log lacks: ${expected}"
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/docker').exists(): 'a failed generation must write nothing'
return true
