def expectFailure = evaluate(new File(itSources, 'bad-input.groovy'))
return expectFailure(basedir, '''dockerfile: <stack> (-Ddockerfile.stack) is 'ruby', which is not a known stack. Use one of: python, spring-boot, java, or remove it to detect the stack.''')
