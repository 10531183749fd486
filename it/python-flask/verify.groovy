def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def ignore = new File(basedir, 'target/docker/Dockerfile.dockerignore').text
def log = new File(basedir, 'build.log').text

// Only the defaults: Flask's app object under gunicorn; the included requirements file is copied with
// requirements.txt, and the directories Flask reads at run time come along.
assert dockerfile.contains('CMD ["gunicorn", "app:app", "--bind", "0.0.0.0:3000", "--worker-tmp-dir", "/dev/shm"]')
assert log.contains('[INFO] dockerfile: command gunicorn app:app --bind 0.0.0.0:3000 --worker-tmp-dir /dev/shm: flask application app in app.py, gunicorn from requirements.txt')
assert dockerfile.contains('COPY requirements.txt ./\nCOPY requirements/base.txt ./requirements/\n')
assert dockerfile.contains('COPY static/ ./static/\nCOPY templates/ ./templates/\nCOPY app.py ./\n')
assert ignore.contains('!requirements/base.txt\n!static\n!templates\n!app.py\n')
assert log.contains('[INFO] dockerfile: copies static/, templates/: read by web applications at run time')
// Flask's instance folder is writable by the user (flask's tutorial app makes it at start).
assert dockerfile.contains('RUN mkdir -p /rootfs-writable/app/instance \\\n && chown 10001:10001 /rootfs-writable/app/instance \\\n')
assert dockerfile.contains('COPY --from=builder /rootfs-writable/ /\n')
assert log.count('dockerfile:check: 1 file checked: 0 errors, 0 warnings, 0 info, 0 style') == 1

def check = evaluate(new File(itSources, 'docker-check.groovy'))
return check(basedir, 'python-flask', 'app.py', ['python -m venv', 'pip .*install', 'COPY --from=builder /rootfs/ /'],
        [], 'target/docker/Dockerfile', [PYTHON_INDEX: '1', EXPECT: 'hello from Flask, rendered from templates/, instance folder: started', STOP_STATUS: '0'])
