// Shared by the verify scripts: evaluate(new File(itSources, 'docker-check.groovy')) returns a closure
// that runs it/lib/docker-check.sh on one generated module and fails the IT when it fails.
// Arguments: module directory, image name, file to change before the rebuild, steps that must stay CACHED,
// optionally a command (list) that rebuilds Maven's artifacts after the change (artifact mode), the
// Dockerfile to build when it is not target/docker/Dockerfile, and more DOCKERFILE_IT_* settings of
// docker-check.sh (KEEP, STOP_MS).
return { File module, String name, String touch, List<String> cachedSteps, List<String> rebuild = [],
         String dockerfile = 'target/docker/Dockerfile', Map<String, String> settings = [:] ->
    def command = ['bash', dockerCheck, module.path, name, touch] + cachedSteps
    def builder = new ProcessBuilder(command).redirectErrorStream(true)
    // One report per module, so repeated local runs never pile up rows; .ci/run prints them all.
    builder.environment().put('DOCKERFILE_IT_REPORT', new File(module, "docker-report-${name}.md").path)
    builder.environment().put('DOCKERFILE_IT_DOCKERFILE', dockerfile)
    settings.each { key, value -> builder.environment().put('DOCKERFILE_IT_' + key, value) }
    if (rebuild) {
        builder.environment().put('DOCKERFILE_IT_REBUILD', rebuild.join(' '))
    }
    def process = builder.start()
    def tail = new LinkedList<String>()
    process.inputStream.eachLine {
        println it
        tail << it
        if (tail.size() > 15) tail.removeFirst()
    }
    // The reason goes into the assertion message, which the Maven output shows (build.log has the rest).
    assert process.waitFor() == 0: "docker checks failed for ${name}:\n" + tail.join('\n')
    return true
}
