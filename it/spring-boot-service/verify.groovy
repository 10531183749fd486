def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def log = new File(basedir, 'build.log').text

assert dockerfile.contains('java -Djarmode=tools -jar app.jar extract --layers --launcher --destination /layers')
def layers = ['dependencies', 'spring-boot-loader', 'snapshot-dependencies', 'application']
        .collect { dockerfile.indexOf("COPY --from=builder /layers/${it}/ ./") }
assert layers.every { it > 0 } && layers == layers.sort(false): "the four layers in Spring Boot's order: ${layers}"
assert dockerfile.contains('ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]')
assert log.contains('dockerfile: stack spring-boot: spring-boot-maven-plugin 3.5.7 is in the build')
assert log.contains('dockerfile: Java 17 from maven.compiler.release')

// The check goal finds nothing at any level in what generate wrote.
assert log.contains('dockerfile:check: 1 file checked: 0 errors, 0 warnings, 0 info, 0 style (fails on warning)')

def check = evaluate(new File(itSources, 'docker-check.groovy'))
return check(basedir, 'spring-boot-service', 'src/main/java/dev/dockerfile/it/boot/Application.java',
        ['go-offline', 'COPY --from=builder /layers/dependencies/', 'COPY --from=builder /layers/spring-boot-loader/'])
