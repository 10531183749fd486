def expectFailure = evaluate(new File(itSources, 'bad-input.groovy'))
return expectFailure(basedir, '''dockerfile: <runtimeImage> (-Ddockerfile.runtimeImage) is 'python:latest' without a version''')
