// A deliberately bad hand-written Dockerfile: the build fails with compiler-style findings, and
// the file itself is left exactly as it was.
def log = new File(basedir, 'build.log').text
[
    'src/main/docker/Dockerfile:1 DF001 warning  Single-stage build on a Maven image',
    '[ERROR] src/main/docker/Dockerfile:2 DL4000 error  MAINTAINER is deprecated. Replace it with `LABEL org.opencontainers.image.authors="someone@example.com"`.',
    'src/main/docker/Dockerfile:3 DL3000 error  WORKDIR `app` is relative',
    '(same check as WorkdirRelativePath)',
    'src/main/docker/Dockerfile:4 DF004 warning  COPY copies the whole build context and no .dockerignore applies',
    '[WARNING] src/main/docker/Dockerfile:5 DL3008 warning  apt-get install without a version for curl.',
    'src/main/docker/Dockerfile:5 DL3014 warning  apt-get install without -y may stop at a prompt.',
    'src/main/docker/Dockerfile:7 DL3002 warning  Last USER is root: the container runs with full privileges. Add `USER 10001` (a numeric non-root id) before CMD/ENTRYPOINT.',
    'src/main/docker/Dockerfile:8 DL3025 warning  CMD is in shell form',
    '(same check as JSONArgsRecommended)',
    'dockerfile:check: 1 file checked: 2 errors, 10 warnings, 4 info, 0 style (fails on warning); reports in target',
].each { assert log.contains(it): "build.log lacks: ${it}" }
assert log.contains('BUILD FAILURE')
// One finding per check and line: BuildKit's name of the same advice is not reported a second time.
assert !log.contains('Dockerfile:8 JSONArgsRecommended') && !log.contains('Dockerfile:3 WorkdirRelativePath')
assert !(log =~ /\[ERROR\] src\/main\/docker\/Dockerfile:\d+ \S+ (warning|info|style) /): 'only errors are logged as [ERROR]'

def json = new File(basedir, 'target/dockerfile-check.json').text
assert json.contains('"code": "DL3002", "column": 1, "file": "src/main/docker/Dockerfile", "level": "warning", "line": 7')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dockerfile-check.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.size() == 16
assert sarif.runs[0].results.find { it.ruleId == 'DL4000' }.level == 'error'
assert new File(basedir, 'src/main/docker/Dockerfile').text.startsWith('FROM maven:3.9-eclipse-temurin-17\nMAINTAINER')
return true
