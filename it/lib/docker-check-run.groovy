// Runs it/lib/docker-check.sh on one generated module and tells how it went, in the Maven output too:
// evaluate(new File(itSources, 'docker-check-run.groovy')) returns a closure taking named arguments
//   module, name, touch (the file changed before the rebuild), steps (the dependency steps),
//   rebuild (a command, as a list, that rebuilds Maven's artifacts after the change: artifact mode),
//   dockerfile (default target/docker/Dockerfile), settings (more DOCKERFILE_IT_* variables of
//   docker-check.sh, without the prefix: KEEP, STOP_MS, EXPECT, NO_DOWNLOADS), expectFailure
// and returning [status: 'PASSED' | 'SKIPPED' | 'FAILED', reason: the script's SKIPPED or FAILED line,
// tail: the last lines it printed, runId: the part of every image and container name of this run].
// A verify script's output goes to build.log only, so SKIPPED and FAILED lines also go to Maven's
// own log, which the console shows.
import java.lang.management.ManagementFactory
import org.slf4j.LoggerFactory

def console = LoggerFactory.getLogger('dockerfile-it')
// One id per Maven run: every image and container name of the run has it, so concurrent runs never collide.
String runId = "m${ProcessHandle.current().pid()}-${ManagementFactory.runtimeMXBean.startTime}"

return { Map args ->
    File module = args.module
    String name = args.name
    List<String> command = ['bash', dockerCheck, module.path, name, args.touch.toString()] + args.steps.collect { it.toString() }
    def builder = new ProcessBuilder(command).redirectErrorStream(true)
    def env = builder.environment()
    env.put('DOCKERFILE_IT_RUN_ID', runId)
    // One report per module, so repeated local runs never pile up rows; .ci/run prints them all.
    env.put('DOCKERFILE_IT_REPORT', new File(module, "docker-report-${name}.md").path)
    env.put('DOCKERFILE_IT_DOCKERFILE', args.dockerfile ?: 'target/docker/Dockerfile')
    (args.settings ?: [:]).each { key, value -> env.put('DOCKERFILE_IT_' + key, value.toString()) }
    if (args.rebuild) {
        env.put('DOCKERFILE_IT_REBUILD', args.rebuild.join(' ').toString())
    }
    def process = builder.start()
    def tail = new LinkedList<String>()
    String reason = null
    String status = null
    process.inputStream.eachLine { line ->
        println line
        tail << line
        if (tail.size() > 25) tail.removeFirst()
        if (line.startsWith("FAILED [")) reason = line
        if (line.startsWith("SKIPPED docker checks")) { status = 'SKIPPED'; reason = line }
        if (line.startsWith("PASSED docker checks")) status = 'PASSED'
    }
    int exit = process.waitFor()
    if (exit != 0) {
        status = 'FAILED'
        reason = reason ?: "FAILED [${name}]: docker-check.sh exited with status ${exit} without saying why"
        if (args.expectFailure) {
            console.info("docker checks of ${name} failed, as this test expects: ${reason}")
        } else {
            console.error(reason)
        }
    } else if (status == 'SKIPPED') {
        console.warn(reason)
    } else if (status != 'PASSED') {
        status = 'FAILED'
        reason = "FAILED [${name}]: docker-check.sh exited 0 without its PASSED line"
        console.error(reason)
    }
    return [status: status, reason: reason, tail: tail, runId: runId]
}
