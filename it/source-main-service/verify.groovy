def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def log = new File(basedir, 'build.log').text

// No main class in the POM: a library to detection, whose message names the one class with a main
// method; <stack>java</stack> starts that class.
assert log.contains('a library, not a service. Set <mainClass> (-Ddockerfile.mainClass) or <stack> (-Ddockerfile.stack) to'
        + ' make it one. src/main/java/dev/dockerfile/it/forms/FormsApp.java has the one main method: <stack>java</stack>'
        + ' starts dev.dockerfile.it.forms.FormsApp.')
assert log.contains('dockerfile: main class dev.dockerfile.it.forms.FormsApp from src/main/java/dev/dockerfile/it/forms/FormsApp.java,'
        + ' the one class with a main method (the POM declares none)')
assert dockerfile.contains('ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-cp", "/app/classes:/app/lib/*", "dev.dockerfile.it.forms.FormsApp"]')
assert log.count('dockerfile:check: 1 file checked: 0 errors, 0 warnings, 0 info, 0 style (fails on warning)') == 1

def check = evaluate(new File(itSources, 'docker-check.groovy'))
return check(basedir, 'source-main-service', 'src/main/java/dev/dockerfile/it/forms/FormsApp.java', ['rm -rf target'],
        [], 'target/docker/Dockerfile', [EXPECT: '"service":"source-main-service"', NO_DOWNLOADS: '1'])
