def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def log = new File(basedir, 'build.log').text

assert dockerfile.contains('ARG BUILDER_IMAGE=maven:3.9-eclipse-temurin-17\nARG RUNTIME_IMAGE=eclipse-temurin:17-jre\n')
assert dockerfile.contains('ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-cp", "/app/classes:/app/lib/*", "dev.dockerfile.it.java.Main"]')
assert dockerfile.contains('org.opencontainers.image.vendor="Example Corp"')
assert log.contains('dockerfile: stack java: jar packaging with main class dev.dockerfile.it.java.Main from the maven-jar-plugin manifest')
assert log.contains('dockerfile: Java 17 from maven.compiler.release')

// The check goal finds nothing at any level in what generate wrote, with and without the switches.
def optimized = new File(basedir, 'target/docker-optimized/Dockerfile').text
assert optimized.contains('ARG RUNTIME_IMAGE=debian:bookworm-slim')
assert optimized.contains('RUN --mount=type=cache,target=/root/.m2 --mount=type=secret,id=maven-settings,target=/root/.m2/settings.xml mvn')
assert optimized.contains('ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app.jsa", "-XX:MaxRAMPercentage=75"')
assert log.count('dockerfile:check: 1 file checked: 0 errors, 0 warnings, 0 info, 0 style (fails on warning)') == 2

def check = evaluate(new File(itSources, 'docker-check.groovy'))
def source = 'src/main/java/dev/dockerfile/it/java/Main.java'
check(basedir, 'java-service', source, ['rm -rf target', 'COPY --from=builder /layers/dependencies/'])
// Two --no-cache builds give the same layers: the builder lays each layer out at its final path in a
// root of its own, with fixed times, and the final stage copies the roots to / (docs/reproducible-images.md).
def repro = evaluate(new File(itSources, 'repro-check.groovy'))
repro(basedir, 'java-service')
// jlink + CDS + cache mounts: the linked runtime is a cached layer after a code edit.
return check(basedir, 'java-service-optimized', source, ['rm -rf target', 'COPY --from=builder /layers/dependencies/',
        'COPY --from=jlink /rootfs/ /'], [], 'target/docker-optimized/Dockerfile')
