def expectFailure = evaluate(new File(itSources, 'bad-input.groovy'))
return expectFailure(basedir, '''dockerfile: <templateDirectory> (-Ddockerfile.templateDirectory) is 'no-such-templates', which is not a directory. Create it with your .ftl overrides, or remove the parameter to use the built-in templates.''')
