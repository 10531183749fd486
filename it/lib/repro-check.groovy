// Shared by the verify scripts: evaluate(new File(itSources, 'repro-check.groovy')) returns a closure
// that runs it/lib/repro-check.sh (two --no-cache builds, the same layers) on one generated module and
// fails the IT when it fails. Arguments: module directory, image name, the steps whose layers may
// still vary (regular expressions on the history's created_by; say why in the caller), and the
// Dockerfile when it is not target/docker/Dockerfile. SKIPPED (no engine) shows in the Maven output.
import java.lang.management.ManagementFactory
import org.slf4j.LoggerFactory

def console = LoggerFactory.getLogger('dockerfile-it')
String runId = "r${ProcessHandle.current().pid()}-${ManagementFactory.runtimeMXBean.startTime}"

return { File module, String name, List<String> varying = [], String dockerfile = 'target/docker/Dockerfile' ->
    def builder = new ProcessBuilder(['bash', new File(itSources, 'repro-check.sh').path, module.path, name]
            + varying).redirectErrorStream(true)
    builder.environment().put('DOCKERFILE_IT_RUN_ID', runId)
    builder.environment().put('DOCKERFILE_IT_DOCKERFILE', dockerfile)
    def process = builder.start()
    def lines = []
    process.inputStream.eachLine { println it; lines << it }
    int exit = process.waitFor()
    String skipped = lines.find { it.startsWith('SKIPPED docker checks') }
    if (exit != 0) {
        String reason = lines.find { it.startsWith('FAILED [') } ?: "repro-check.sh exited with status ${exit}"
        console.error(reason)
        throw new AssertionError("reproducibility check failed for ${name}: ${reason}\n" + lines.takeRight(25).join('\n'))
    }
    if (skipped) {
        console.warn(skipped)
    } else {
        console.info(lines.find { it.startsWith('PASSED docker checks') })
    }
    return true
}
