def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def log = new File(basedir, 'build.log').text

assert dockerfile.contains('ARG BUILDER_IMAGE=maven:3.9-eclipse-temurin-17\nARG RUNTIME_IMAGE=eclipse-temurin:17-jre\n')
assert dockerfile.contains('ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-cp", "/app/app.jar:/app/lib/*", "dev.dockerfile.it.java.Main"]')
assert dockerfile.contains('org.opencontainers.image.vendor="Example Corp"')
assert log.contains('dockerfile: stack java: jar packaging with main class dev.dockerfile.it.java.Main from the maven-jar-plugin manifest')
assert log.contains('dockerfile: Java 17 from maven.compiler.release')

// The check goal finds nothing at any level in what generate wrote.
assert log.contains('dockerfile:check: 1 file checked: 0 errors, 0 warnings, 0 info, 0 style (fails on warning)')

def check = evaluate(new File(itSources, 'docker-check.groovy'))
return check(basedir, 'java-service', 'src/main/java/dev/dockerfile/it/java/Main.java',
        ['go-offline', 'COPY --from=builder /layers/dependencies/'])
