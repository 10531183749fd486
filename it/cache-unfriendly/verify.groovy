// docker-check.sh must be able to fail: on a Dockerfile whose dependency step follows the source, that
// step runs again, with another layer, after every source change, also in the one retry a busy engine gets.
// And it must clean up after itself when it fails.
def run = evaluate(new File(itSources, 'docker-check-run.groovy'))
def result = run(module: basedir, name: 'cache-unfriendly', touch: 'app/greeting.py',
        steps: ['python -m venv', 'COPY --from=builder /opt/venv'], dockerfile: 'unfriendly.Dockerfile',
        expectFailure: true)
if (result.status == 'SKIPPED') {
    return true // the reason is in the Maven output
}
assert result.status == 'FAILED': 'a cache-unfriendly Dockerfile passed the docker checks: they cannot fail'
assert result.reason.startsWith('FAILED [cache-unfriendly]: dependency steps ran again, with other layers, after two source'
        + ' changes in a row: python -m venv.'): result.reason
assert result.tail.any { it.contains('One more one-line change and rebuild decides') }
def docker = System.getenv('DOCKER') ?: '/usr/bin/docker'
def left = [docker, 'image', 'ls', '-q', '--filter', "reference=dockerfile-it/cache-unfriendly:${result.runId}*"].execute().text.trim()
assert left.isEmpty(): "docker-check.sh left images of its run behind: ${left}"
return true
