def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def log = new File(basedir, 'build.log').text

assert log.contains("dockerfile: Java 21 from maven-compiler-plugin's <release>")
assert log.contains('dockerfile: stack java: jar packaging with main class dev.dockerfile.it.java21.Main from the property mainClass')
assert dockerfile.contains('ARG BUILDER_IMAGE=maven:3.9-eclipse-temurin-21\nARG RUNTIME_IMAGE=eclipse-temurin:21-jre\n')

def check = evaluate(new File(itSources, 'docker-check.groovy'))
return check(basedir, 'java21-service', 'src/main/java/dev/dockerfile/it/java21/Main.java',
        ['rm -rf target', 'COPY --from=builder /layers/dependencies/'], [], 'target/docker/Dockerfile',
        [EXPECT: 'java 21, virtual true', NO_DOWNLOADS: '1'])
