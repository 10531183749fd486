def expectFailure = evaluate(new File(itSources, 'bad-input.groovy'))
return expectFailure(basedir, '''dockerfile: <command> (-Ddockerfile.command) contains a line break in 'python main.py\\nUSER root'. Write the value on one line.''')
