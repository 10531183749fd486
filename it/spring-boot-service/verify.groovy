def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def log = new File(basedir, 'build.log').text

// The exploded layout: the dependency step copies the runtime dependencies (never devtools), the build
// step only compiles, and the image runs the classes with Boot's Start-Class found in the sources.
assert dockerfile.contains('copy-dependencies -DincludeScope=runtime \\\n      -DexcludeArtifactIds=spring-boot-devtools,spring-boot-docker-compose \\\n')
assert dockerfile.contains('RUN mvn --batch-mode --no-transfer-progress process-classes -Dmaven.test.skip=true -Ddockerfile.skip=true \\\n'
        + ' && mkdir -p /layers/application/app \\\n && cp -a target/classes /layers/application/app/classes \\\n')
assert !dockerfile.contains('jarmode')
assert dockerfile.contains('COPY --from=builder /layers/dependencies/ /\nCOPY --from=builder /layers/snapshot-dependencies/ /\n')
assert dockerfile.contains('ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-cp", "/app/classes:/app/lib/*", "dev.dockerfile.it.boot.Application"]\n'
        + 'COPY --from=builder /layers/application/ /\n')
assert log.contains('dockerfile: main class dev.dockerfile.it.boot.Application from src/main/java/dev/dockerfile/it/boot/Application.java')
assert log.contains('dockerfile: layout exploded: the image runs target/classes with the dependency jars')

// <layout>jar</layout>: the fat jar split into Spring Boot's four layers and started by its launcher.
def jar = new File(basedir, 'target/docker-jar/Dockerfile').text
assert jar.contains('java -Djarmode=tools -jar app.jar extract --layers --launcher --destination /extracted')
assert jar.contains(' && mv /extracted/application /layers/application/app \\\n')
def layers = ['dependencies', 'spring-boot-loader', 'snapshot-dependencies', 'application']
        .collect { jar.indexOf("COPY --from=builder /layers/${it}/ /\n") }
assert layers.every { it > 0 } && layers == layers.sort(false): "the four layers in Spring Boot's order: ${layers}"
assert jar.contains('ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]')
assert log.contains('dockerfile: stack spring-boot: spring-boot-maven-plugin 3.5.7 is in the build')
assert log.contains('dockerfile: Java 17 from maven.compiler.release')

// Labels from this project's own POM only; the licence as an SPDX id, the SCM URL as a browser opens it.
assert dockerfile.contains('''ARG RUNTIME_IMAGE
LABEL org.opencontainers.image.title="Spring Boot service" \\
      org.opencontainers.image.description="A Spring Boot web service." \\
      org.opencontainers.image.version="0.3.0-SNAPSHOT" \\
      org.opencontainers.image.source="https://github.com/dockerfile-it/spring-boot-service" \\
      org.opencontainers.image.revision="4f2c9e1" \\
      org.opencontainers.image.licenses="Apache-2.0" \\
      org.opencontainers.image.created="2026-11-30T12:00:00Z" \\
      org.opencontainers.image.base.name="${RUNTIME_IMAGE}"
''')
assert log.contains('dockerfile: labels: url left out: inherited from org.springframework.boot:spring-boot-starter-parent')
// SERVER_PORT: Spring Boot listens where EXPOSE says, whatever application.properties has.
assert dockerfile.contains('ENV PORT="3000" \\\n    SERVER_PORT="3000"\nUSER 10001:10001\nEXPOSE 3000\n')

// The check goal finds nothing at any level in what generate wrote, with and without the switches.
def optimized = new File(basedir, 'target/docker-optimized/Dockerfile').text
assert optimized.contains('java -Djarmode=tools -jar app.jar extract --layers --destination /extracted')
assert optimized.contains('RUN java -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh -jar /app/app.jar')
assert optimized.contains('ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app.jsa", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]')
assert log.count('dockerfile:check: 1 file checked: 0 errors, 0 warnings, 0 info, 0 style (fails on warning)') == 3

// The Boot plugin's <classifier>: the jar layout and cds copy the executable jar, not the plain one.
assert new File(basedir, 'target/docker-jar/Dockerfile').text.contains('cp target/spring-boot-service-0.3.0-SNAPSHOT-exec.jar app.jar')
assert optimized.contains('cp target/spring-boot-service-0.3.0-SNAPSHOT-exec.jar app.jar')
assert log.contains('dockerfile: spring-boot: the executable archive is target/spring-boot-service-0.3.0-SNAPSHOT-exec.jar (spring-boot-maven-plugin\'s <classifier>)')

def check = evaluate(new File(itSources, 'docker-check.groovy'))
def source = 'src/main/java/dev/dockerfile/it/boot/Application.java'
check(basedir, 'spring-boot-service', source, ['rm -rf target', 'COPY --from=builder /layers/dependencies/'])
check(basedir, 'spring-boot-service-jar', source,
        ['rm -rf target', 'COPY --from=builder /layers/dependencies/', 'COPY --from=builder /layers/spring-boot-loader/'],
        [], 'target/docker-jar/Dockerfile')
// Two --no-cache builds of Spring Boot's four layers give the same layers: the builder moves each layer
// to its final path in a root of its own, at time 0, and the final stage copies the roots to /
// (docs/reproducible-images.md; the exploded layout's copies are java-service's).
def repro = evaluate(new File(itSources, 'repro-check.groovy'))
repro(basedir, 'spring-boot-service-jar', [], 'target/docker-jar/Dockerfile')
// jlink (jdeps over Spring Boot's layers) + CDS + cache mounts.
return check(basedir, 'spring-boot-service-optimized', source, ['rm -rf target', 'COPY --from=builder /layers/dependencies/',
        'COPY --from=jlink /rootfs/ /'], [], 'target/docker-optimized/Dockerfile')
