def expectFailure = evaluate(new File(itSources, 'bad-input.groovy'))
return expectFailure(basedir, '''[ERROR] Failed to execute goal dev.dockerfile:dockerfile-maven-plugin:0.1.0-SNAPSHOT:generate (default-cli) on project bad-port: dockerfile: <port> (-Ddockerfile.port) is 70000: a port must be between 1 and 65535. Set <port>3000</port> or remove it for 3000.''')
