def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def log = new File(basedir, 'build.log').text

// The Django project's WSGI application under gunicorn; collectstatic in a stage of its own.
assert dockerfile.contains('CMD ["gunicorn", "mysite.wsgi:application", "--bind", "0.0.0.0:3000", "--worker-tmp-dir", "/dev/shm"]')
assert log.contains('[INFO] dockerfile: command gunicorn mysite.wsgi:application --bind 0.0.0.0:3000 --worker-tmp-dir /dev/shm: Django project mysite.settings (manage.py), its WSGI application mysite.wsgi:application, gunicorn from requirements.txt')
assert log.contains('[INFO] dockerfile: collectstatic into staticfiles in the builder: STATIC_ROOT in the settings')
assert dockerfile.contains('FROM builder AS static\n')
assert dockerfile.contains('RUN /opt/venv/bin/python manage.py collectstatic --noinput \\\n')
assert dockerfile.endsWith('COPY --from=static /rootfs-static/ /\n')
assert log.count('dockerfile:check: 1 file checked: 0 errors, 0 warnings, 0 info, 0 style') == 1

// The answer holds the file collectstatic gathered into STATIC_ROOT in the build. After an edit of a
// view, collectstatic runs again and must give the same layer.
def check = evaluate(new File(itSources, 'docker-check.groovy'))
return check(basedir, 'python-django', 'polls/views.py',
        ['python -m venv', 'pip .*install', 'COPY --from=builder /rootfs/ /', 'COPY --from=static /rootfs-static/ /'],
        [], 'target/docker/Dockerfile', [PYTHON_INDEX: '1', EXPECT: 'hello from Django; collected static: h1', STOP_STATUS: '0'])
