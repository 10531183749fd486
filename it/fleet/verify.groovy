def log = new File(basedir, 'build.log').text
def orders = new File(basedir, 'orders-service/target/docker/Dockerfile').text
def quotes = new File(basedir, 'quotes-service/target/docker/Dockerfile').text

// Aggregator and library are not services.
assert log.contains('dockerfile: skipped fleet-parent: packaging pom without the files of any stack')
assert log.contains('dockerfile: skipped greeting-lib: jar packaging without a main class or a service framework: a library, not a service.')
assert !new File(basedir, 'target/docker').exists() && !new File(basedir, 'greeting-lib/target/docker').exists()

// Parent configuration reaches every child; each child overrides one value without repeating the rest.
[orders, quotes].each { dockerfile ->
    assert dockerfile.contains('USER 20001:20001')
    assert dockerfile.contains('ENV APP_ENV="production"')
    assert dockerfile.contains('tier="backend"')
    assert dockerfile.contains('org.opencontainers.image.vendor="Fleet Inc"')
    assert dockerfile.contains('org.opencontainers.image.created="2026-01-01T00:00:00Z"')
}
assert quotes.contains('team="quotes"') && orders.contains('team="payments"')
assert orders.contains('ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-Dservice.name=orders", "-cp"')
assert quotes.contains('ARG RUNTIME_IMAGE=python:3.12-slim') && quotes.contains('CMD ["python", "main.py"]')

// The -T 4 rebuild produced the same bytes: every generated file was left as it was.
assert log.count('dockerfile: unchanged target/docker/Dockerfile.dockerignore') == 2: 'orders and quotes, both unchanged'

// orders-service needs greeting-lib from this reactor: built from Maven's artifacts, same layering.
assert log.contains('dockerfile: build mode artifact (it depends on dev.dockerfile.it.fleet:greeting-lib from this reactor')
assert orders.contains('COPY target/docker/layers/dependencies/ ./lib/\nCOPY target/docker/layers/snapshot-dependencies/ ./lib/\n# Metadata before the application\'s own files, which come last: an edit rebuilds only their layers.\nENV ')
assert orders.endsWith('\nCOPY target/orders-service-2.0.0-SNAPSHOT.jar ./app.jar\n')
assert new File(basedir, 'orders-service/target/docker/layers/dependencies/gson-2.11.0.jar').isFile()
assert new File(basedir, 'orders-service/target/docker/layers/snapshot-dependencies/greeting-lib-2.0.0-SNAPSHOT.jar').isFile()

def check = evaluate(new File(itSources, 'docker-check.groovy'))
def settings = new File(basedir, '../interpolated-settings.xml')
def rebuild = ["${mavenHome}/bin/mvn", '-B', '-q', '-o', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}",
               '-f', new File(basedir, 'pom.xml').path, 'package']
check(new File(basedir, 'orders-service'), 'orders-service',
        'src/main/java/dev/dockerfile/it/fleet/orders/OrdersService.java',
        ['COPY target/docker/layers/dependencies/'], rebuild.collect { it.toString() })
check(new File(basedir, 'quotes-service'), 'quotes-service', 'main.py', ['pip .*install', 'COPY --from=builder /rootfs/ /'])
return true
