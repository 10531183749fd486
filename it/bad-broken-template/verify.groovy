def expectFailure = evaluate(new File(itSources, 'bad-input.groovy'))
return expectFailure(basedir, '''dockerfile: <templateDirectory> (-Ddockerfile.templateDirectory) holds a broken template: 'python.Dockerfile.ftl' line 3: The following has evaluated to null or missing: ==> baseImage. Fix the template, or delete it to use the built-in one.''')
