// Shared by the verify scripts: evaluate(new File(itSources, 'docker-check.groovy')) returns a closure
// that runs it/lib/docker-check.sh on one generated module (through docker-check-run.groovy) and fails
// the IT when it fails, with the script's FAILED line and its last lines in the message (the Maven
// output shows it; build.log has all of it). Skipped checks (no engine) say so in the Maven output.
// Arguments: module directory, image name, file to change before the rebuild, dependency steps whose
// layers must stay the same, optionally a command (list) that rebuilds Maven's artifacts after the
// change (artifact mode), the Dockerfile to build when it is not target/docker/Dockerfile, and more
// DOCKERFILE_IT_* settings of docker-check.sh (KEEP, STOP_MS, EXPECT, NO_DOWNLOADS).
def run = evaluate(new File(itSources, 'docker-check-run.groovy'))

return { File module, String name, String touch, List<String> steps, List<String> rebuild = [],
         String dockerfile = 'target/docker/Dockerfile', Map<String, String> settings = [:] ->
    def result = run(module: module, name: name, touch: touch, steps: steps, rebuild: rebuild,
            dockerfile: dockerfile, settings: settings)
    if (result.status == 'FAILED') {
        throw new AssertionError("docker checks failed for ${name}: ${result.reason}\n"
                + "last lines of it/lib/docker-check.sh:\n" + result.tail.join('\n'))
    }
    return true
}
