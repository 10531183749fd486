// Shared by the bad-input verify scripts: evaluate(new File(itSources, 'bad-input.groovy')) returns a
// closure that asserts the build failed with exactly this message and wrote nothing.
return { File project, String expected ->
    def log = new File(project, 'build.log').text
    assert log.contains(expected): "build.log lacks: ${expected}"
    assert log.contains('BUILD FAILURE')
    assert !new File(project, 'target/docker').exists(): 'a failed generation must write nothing'
    return true
}
