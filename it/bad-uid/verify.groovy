def expectFailure = evaluate(new File(itSources, 'bad-input.groovy'))
return expectFailure(basedir, '''dockerfile: <uid> (-Ddockerfile.uid) is 0: the container must not run as root (0) or with a negative id. Use a positive id such as 10001, or remove it.''')
