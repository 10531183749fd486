def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def log = new File(basedir, 'build.log').text

// The Procfile's web line is the command, in exec form, with $PORT resolved to the port.
assert dockerfile.contains('CMD ["gunicorn", "greet:app", "--bind", "0.0.0.0:3000", "--access-logfile", "-"]')
assert log.contains('[INFO] dockerfile: command gunicorn greet:app --bind 0.0.0.0:3000 --access-logfile -: the web line of the Procfile ($PORT is the port, 3000)')
assert !dockerfile.contains('COPY Procfile')
assert log.count('dockerfile:check: 1 file checked: 0 errors, 0 warnings, 0 info, 0 style') == 1

def check = evaluate(new File(itSources, 'docker-check.groovy'))
return check(basedir, 'python-procfile', 'greet.py', ['python -m venv', 'pip .*install', 'COPY --from=builder /rootfs/ /'],
        [], 'target/docker/Dockerfile', [PYTHON_INDEX: '1', EXPECT: 'hello from a Procfile', STOP_STATUS: '0'])
