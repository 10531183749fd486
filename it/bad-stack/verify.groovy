def expectFailure = evaluate(new File(itSources, 'bad-input.groovy'))
// The list of stacks grows; the message names the parameter, the value and the fix.
expectFailure(basedir, '''dockerfile: <stack> (-Ddockerfile.stack) is 'ruby', which is not a known stack. Use one of: spring-boot, ''')
return expectFailure(basedir, ''', java, or remove it to detect the stack.''')
