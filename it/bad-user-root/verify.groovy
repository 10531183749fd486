// A user the base image already has: refused before the image build would fail on groupadd.
def expectFailure = evaluate(new File(itSources, 'bad-input.groovy'))
return expectFailure(basedir, '''dockerfile: <user> (-Ddockerfile.user) is 'root', which base images such as python:3.12-slim already use for a system account, so creating the service's user there fails. Choose another, e.g. <user>app</user> with <uid>10001</uid>, or remove it for those defaults.''')
