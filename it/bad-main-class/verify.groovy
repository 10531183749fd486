def log = new File(basedir, 'build.log').text
def expected = '''dockerfile: <mainClass> (-Ddockerfile.mainClass) is not set and the maven-jar-plugin manifest has no mainClass, so the java stack cannot tell what to start. Set <mainClass>com.example.Main</mainClass>.'''
assert log.contains(expected): "build.log lacks: ${expected}"
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/docker').exists(): 'a failed generation must write nothing'
return true
