def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def ignore = new File(basedir, 'target/docker/Dockerfile.dockerignore').text
def verifying = new File(basedir, 'target/docker-verify/Dockerfile').text
def log = new File(basedir, 'build.log').text

// The verification plugins are skipped in the builder by default, and say so in the log.
assert dockerfile.contains('-Dcheckstyle.skip=true -Denforcer.skip=true')
assert log.contains('dockerfile: maven: maven-checkstyle-plugin, maven-enforcer-plugin skipped in the builder')
// All of src/ but the tests, and the directory the POM's resources plugin reads.
assert dockerfile.contains('COPY src ./src\nCOPY config/ ./config/\n')
assert ignore.contains('*\n!pom.xml\n!src\n!config\nsrc/test\nsrc/it\nsrc/site\n')
// With verifyInBuilder, the package step runs them (the dependency step never does: no sources yet).
assert verifying.count('-Dcheckstyle.skip=true') == 1

def check = evaluate(new File(itSources, 'docker-check.groovy'))
def source = 'src/main/java/dev/dockerfile/it/checkstyle/Main.java'
def settings = [EXPECT: 'hello from a file outside src/', NO_DOWNLOADS: '1']
check(basedir, 'checkstyle-service', source, ['rm -rf target'], [], 'target/docker/Dockerfile', settings)
// checkstyle runs in the builder and passes: src/checkstyle/checkstyle.xml is in the build context.
return check(basedir, 'checkstyle-service-verify', source, ['rm -rf target'], [], 'target/docker-verify/Dockerfile',
        [EXPECT: 'hello from a file outside src/'])
