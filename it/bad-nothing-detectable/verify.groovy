def expectFailure = evaluate(new File(itSources, 'bad-input.groovy'))
return expectFailure(basedir, '''dockerfile: <stack> (-Ddockerfile.stack) is not set and nothing was detected in bad-nothing-detectable (packaging pom)''')
