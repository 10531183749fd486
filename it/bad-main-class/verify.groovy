def expectFailure = evaluate(new File(itSources, 'bad-input.groovy'))
return expectFailure(basedir, '''dockerfile: <mainClass> (-Ddockerfile.mainClass) is not set and the maven-jar-plugin manifest has no mainClass, so the java stack cannot tell what to start. Set <mainClass>com.example.Main</mainClass>.''')
