def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def log = new File(basedir, 'build.log').text

assert log.contains('dockerfile: quarkus: package type uber-jar from quarkus.package.jar.type in src/main/resources/application.properties')
assert dockerfile.contains('mv target/quarkus-uber-service-1.0.0-SNAPSHOT-runner.jar /layers/application/app/app.jar')
assert dockerfile.contains('COPY --from=builder /layers/application/ /')
assert dockerfile.contains('"-jar", "/app/app.jar"]')

def check = evaluate(new File(itSources, 'docker-check.groovy'))
return check(basedir, 'quarkus-uber-service', 'src/main/java/dev/dockerfile/it/quarkus/Greeting.java',
        ['rm -rf target'], [], 'target/docker/Dockerfile', [EXPECT: 'hello from quarkus', NO_DOWNLOADS: '1'])
