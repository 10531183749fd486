def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def log = new File(basedir, 'build.log').text

assert log.contains('dockerfile: stack java: jar packaging with main class dev.dockerfile.it.shaded.Application from the maven-shade-plugin ManifestResourceTransformer')
assert log.contains('dockerfile: shade: maven-shade-plugin replaces target/shaded-service-0.1.jar with a fat jar; the image runs the classes of the thin jar (target/classes) with its dependencies in lib/')
// The thin jar's content is target/classes: the exploded layout runs it with the dependency jars.
assert dockerfile.contains('cp -a target/classes /layers/application/app/classes')
assert dockerfile.contains('COPY --from=builder /layers/application/ /')
assert dockerfile.contains('"-cp", "/app/classes:/app/lib/*", "dev.dockerfile.it.shaded.Application"]')

// Every class once on the class path: the thin jar and lib/, never the fat jar beside them.
def check = evaluate(new File(itSources, 'docker-check.groovy'))
return check(basedir, 'shaded-service', 'src/main/java/dev/dockerfile/it/shaded/Application.java',
        ['rm -rf target', 'COPY --from=builder /layers/dependencies/'], [], 'target/docker/Dockerfile',
        [EXPECT: '("own":1.*"gson":1|"gson":1.*"own":1)', NO_DOWNLOADS: '1'])
