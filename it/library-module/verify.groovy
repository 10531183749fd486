def log = new File(basedir, 'build.log').text
assert log.contains('dockerfile: skipped library-module: jar packaging without a main class or a service framework: a library, not a service. Set <mainClass> (-Ddockerfile.mainClass) or <stack> (-Ddockerfile.stack) to make it one.'
        + ' src/main/java/dev/dockerfile/it/lib/Demo.java has the one main method: <stack>java</stack> starts dev.dockerfile.it.lib.Demo.')
assert !new File(basedir, 'target/docker').exists(): 'a skipped library writes nothing'

def dockerfile = new File(basedir, 'target/docker-demo/Dockerfile').text
assert log.contains('dockerfile: stack java: jar packaging, main class dev.dockerfile.it.lib.Demo set by <mainClass> (-Ddockerfile.mainClass)')
assert dockerfile.contains('"dev.dockerfile.it.lib.Demo"]')
def check = evaluate(new File(itSources, 'docker-check.groovy'))
return check(basedir, 'library-module', 'src/main/java/dev/dockerfile/it/lib/Demo.java', ['rm -rf target'], [],
        'target/docker-demo/Dockerfile', [EXPECT: 'library demo'])
