// Shared by the bad-input verify scripts: evaluate(new File(itSources, 'bad-input.groovy')) returns a
// closure that asserts the build failed with exactly this message and wrote nothing.
return { File project, String expected ->
    def log = new File(project, 'build.log').text
    assert log.contains(expected): "build.log lacks: ${expected}"
    assert log.contains('BUILD FAILURE')
    // The invoker runs Maven with -e, so traces are printed; without it a user sees the [ERROR] line alone.
    // That line must be the plugin's message (a MojoFailureException), not a JVM exception's.
    assert log.contains('display/MAVEN/MojoFailureException'): 'the failure must be the plugin\'s own message'
    def failed = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal') }
    assert failed != null && !(failed =~ /java\.[a-z]+\.[A-Za-z]*(Exception|Error)/): "a JVM exception reached the user: ${failed}"
    assert !new File(project, 'target/docker').exists(): 'a failed generation must write nothing'
    return true
}
