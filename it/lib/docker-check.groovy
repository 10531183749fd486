// Shared by the verify scripts: evaluate(new File(itSources, 'docker-check.groovy')) returns a closure
// that runs it/lib/docker-check.sh on one generated module and fails the IT when it fails.
// Arguments: module directory, image name, file to change before the rebuild, steps that must stay CACHED,
// optionally a command (list) that rebuilds Maven's artifacts after the change (artifact mode), and the
// Dockerfile to build when it is not target/docker/Dockerfile.
return { File module, String name, String touch, List<String> cachedSteps, List<String> rebuild = [],
         String dockerfile = 'target/docker/Dockerfile' ->
    def command = ['bash', dockerCheck, module.path, name, touch] + cachedSteps
    def builder = new ProcessBuilder(command).redirectErrorStream(true)
    // One report per module, so repeated local runs never pile up rows; .ci/run prints them all.
    builder.environment().put('DOCKERFILE_IT_REPORT', new File(module, "docker-report-${name}.md").path)
    builder.environment().put('DOCKERFILE_IT_DOCKERFILE', dockerfile)
    if (rebuild) {
        builder.environment().put('DOCKERFILE_IT_REBUILD', rebuild.join(' '))
    }
    def process = builder.start()
    process.inputStream.eachLine { println it }
    assert process.waitFor() == 0: "docker checks failed for ${name}"
    return true
}
