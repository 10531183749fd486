// The usual shell healthcheck would become a wrong exec array: refused, with the sh -c fix.
def expectFailure = evaluate(new File(itSources, 'bad-input.groovy'))
return expectFailure(basedir, '''dockerfile: <healthcheck> (-Ddockerfile.healthcheck) has '|' (a shell operator) in 'curl -f http://127.0.0.1:3000/ || exit 1', but the command runs in exec form, without a shell, so it would reach the program as a plain word. Write one program and its arguments; to use a shell, write sh -c '...' (single quotes keep it for the shell), or quote the character ('$', \\;) when it is meant literally.''')
