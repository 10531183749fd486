def expectFailure = evaluate(new File(itSources, 'bad-input.groovy'))
return expectFailure(basedir, '''dockerfile: <gid> (-Ddockerfile.gid) is -5: the container must not run as root (0) or with a negative id.''')
