def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def log = new File(basedir, 'build.log').text

assert log.contains('dockerfile: stack java: jar packaging with main class AssemblyApp from the maven-assembly-plugin manifest')
assert log.contains("dockerfile: Java 17 from maven-compiler-plugin's <target>")
// The thin jar with lib/, not the jar-with-dependencies next to them.
// The exploded layout: the build step compiles, the image runs the classes with the dependency jars.
assert dockerfile.contains('RUN mvn --batch-mode --no-transfer-progress process-classes -Dmaven.test.skip=true')
assert dockerfile.contains('cp -a target/classes /layers/application/app/classes')
assert dockerfile.contains('COPY --from=builder /layers/application/ /')
assert dockerfile.contains('ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-cp", "/app/classes:/app/lib/*", "AssemblyApp"]')
// PORT tells the service where to listen: it answers on 3000, where EXPOSE says.
assert dockerfile.contains('ENV PORT="3000"\nUSER 10001:10001\nEXPOSE 3000\n')

def check = evaluate(new File(itSources, 'docker-check.groovy'))
return check(basedir, 'assembly-service', 'src/main/java/AssemblyApp.java', ['rm -rf target',
        'COPY --from=builder /layers/dependencies/'], [], 'target/docker/Dockerfile',
        [EXPECT: '"port":3000', NO_DOWNLOADS: '1'])
