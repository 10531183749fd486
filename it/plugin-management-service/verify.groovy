def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
// The main class comes through pluginManagement's jar plugin configuration; the unresolvable plugin is never fetched.
assert dockerfile.contains('ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-cp", "/app/classes:/app/lib/*", "dev.dockerfile.it.pm.Main"]')
assert !dockerfile.contains('go-offline')
def check = evaluate(new File(itSources, 'docker-check.groovy'))
return check(basedir, 'plugin-management-service', 'src/main/java/dev/dockerfile/it/pm/Main.java', ['rm -rf target'], [],
        'target/docker/Dockerfile', [EXPECT: 'only pluginManagement names', NO_DOWNLOADS: '1'])
