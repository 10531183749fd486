// Input BuildKit reads differently from a text editor (not UTF-8, CR-only line ends, a line over 64 KiB,
// defaults nested 2,000 deep): each file gets its own finding, the other files are still checked, and no
// JVM error reaches the log.
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def log = new File(basedir, 'build.log').text
[
    'Dockerfile:2 DL3002 warning  Last USER is root',
    'src/main/docker/cr.Dockerfile:1 DF010 error  FROM has 5 arguments, and BuildKit fails with "FROM requires either one or three arguments". The line holds carriage returns without line feeds',
    'src/main/docker/deep.Dockerfile:2 InvalidDefaultArgInFrom warning  Default value for ARG ${BASE} results in empty or invalid base image name \'busybox:\'',
    'src/main/docker/latin1.Dockerfile:2 DF000 error  The Dockerfile is not UTF-8: byte 0xE9 at offset 38 is not valid UTF-8.',
    'src/main/docker/long.Dockerfile:2 DF009 error  Line 2 is 70,003 bytes long; BuildKit reads at most 65,535',
    'dockerfile:check: 5 files checked: 3 errors,',
].each { assert log.contains(it): "build.log lacks: ${it}" }
// (The invoker runs Maven with -e, so the goal's own MojoFailureException is printed with its trace.)
['MalformedInput', 'Input length', 'StackOverflowError', 'OutOfMemoryError', 'IllegalStateException'].each {
    assert !log.contains(it): "build.log has ${it}"
}
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: dockerfile:check: 5 files checked')

// The reports get the mode any new file gets (the build log's), not createTempFile's rw-------.
def mode = { f -> PosixFilePermissions.toString(Files.getPosixFilePermissions(f.toPath())) }
def expected = mode(new File(basedir, 'build.log'))
['dockerfile-check.json', 'dockerfile-check.sarif'].each {
    def report = new File(basedir, "target/${it}")
    assert report.isFile()
    assert mode(report) == expected: "${it} is ${mode(report)}, not ${expected}"
}
assert !new File(basedir, 'target').list().any { it.endsWith('.tmp') }
return true
