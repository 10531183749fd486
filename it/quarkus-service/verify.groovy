def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def log = new File(basedir, 'build.log').text

assert log.contains('dockerfile: stack quarkus: quarkus-maven-plugin is in the build')
assert log.contains("dockerfile: quarkus: package type fast-jar (Quarkus's default package type)")
// The fast-jar's parts as layers, least often changed first; Quarkus told to listen on every interface and on EXPOSE's port.
// The libraries before the metadata, the application's parts after it: an edit redoes only their COPY steps.
// Each part laid out at its final path in a root of its own, with fixed times, and copied to /.
assert dockerfile.contains(' && mv target/quarkus-app/lib /layers/dependencies/app/lib \\\n')
assert dockerfile.contains('''COPY --from=builder /layers/dependencies/ /
# Metadata before the application's own files, which come last: an edit rebuilds only their layers.
ENV PORT=''')
assert dockerfile.endsWith('''"/app/quarkus-run.jar"]
COPY --from=builder /layers/runner/ /
COPY --from=builder /layers/application/ /
COPY --from=builder /layers/quarkus/ /
''')
assert dockerfile.contains('QUARKUS_HTTP_PORT="3000"')
assert dockerfile.contains('"-Dquarkus.http.host=0.0.0.0", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", "/app/quarkus-run.jar"]')

// The dependency step fetched Quarkus's deployment artifacts too: the rebuild downloads nothing.
def check = evaluate(new File(itSources, 'docker-check.groovy'))
check(basedir, 'quarkus-service', 'src/main/java/dev/dockerfile/it/quarkus/Greeting.java',
        ['rm -rf target', 'COPY --from=builder /layers/dependencies/'], [], 'target/docker/Dockerfile',
        [EXPECT: 'hello from quarkus', NO_DOWNLOADS: '1'])
// Two --no-cache builds give the same layers: the build step moves each part of the fast-jar to its final
// path in a root of its own, at time 0, and the final stage copies the roots to / (docs/reproducible-images.md);
// the POM's outputTimestamp makes the jars' bytes the same. But for quarkus/: Quarkus 3.33 records
// generated-bytecode.jar's classes (io/quarkus/runner/recorded/...) with different bytes in every build.
def repro = evaluate(new File(itSources, 'repro-check.groovy'))
return repro(basedir, 'quarkus-service', ['^COPY /layers/quarkus/ / '])
