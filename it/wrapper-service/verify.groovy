def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def ignore = new File(basedir, 'target/docker/Dockerfile.dockerignore').text
def log = new File(basedir, 'build.log').text

assert new File(basedir, 'mvnw').canExecute()
assert log.contains("dockerfile: maven: the builder runs the project's wrapper (./mvnw, .mvn/wrapper/maven-wrapper.properties)")
// A JDK is all the builder needs: the wrapper brings Maven 3.9.11.
assert dockerfile.contains('ARG BUILDER_IMAGE=eclipse-temurin:17-jdk\n')
assert dockerfile.contains('COPY pom.xml mvnw ./\nCOPY .mvn/ ./.mvn/\nRUN ./mvnw --batch-mode --no-transfer-progress process-classes')
assert ignore.contains('!pom.xml\n!mvnw\n!.mvn\n!src\n')

def check = evaluate(new File(itSources, 'docker-check.groovy'))
return check(basedir, 'wrapper-service', 'src/main/java/dev/dockerfile/it/wrapper/Main.java',
        ['rm -rf target', 'COPY --from=builder /layers/dependencies/'], [], 'target/docker/Dockerfile',
        [EXPECT: "project's own Maven", NO_DOWNLOADS: '1'])
