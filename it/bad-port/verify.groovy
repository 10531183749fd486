def log = new File(basedir, 'build.log').text
def expected = '''[ERROR] Failed to execute goal dev.dockerfile:dockerfile-maven-plugin:0.1.0-SNAPSHOT:generate (default-cli) on project bad-port: dockerfile: <port> (-Ddockerfile.port) is 70000: a port must be between 1 and 65535. Set <port>3000</port> or remove it for 3000.'''
assert log.contains(expected): "build.log lacks: ${expected}"
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/docker').exists(): 'a failed generation must write nothing'
return true
