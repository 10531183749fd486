def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def log = new File(basedir, 'build.log').text

// psycopg2 is built from source: the full Python image builds, the slim one runs with the Debian
// packages of the libraries the built extension links to, found with ldd in the builder.
assert dockerfile.contains('ARG BUILDER_IMAGE=python:3.12\nARG RUNTIME_IMAGE=python:3.12-slim\n')
assert log.contains('[INFO] dockerfile: builder python:3.12: psycopg2 (built from source) needs a compiler; the runtime installs only the Debian packages of the libraries the built extensions link to')
assert dockerfile.contains('RUN python -c \'import glob, os, re, subprocess, sys; \\\n')
assert dockerfile.contains('COPY --from=builder /runtime-packages /tmp/runtime-packages\nRUN if [ -s /tmp/runtime-packages ]; then apt-get update \\\n')
assert dockerfile.contains('CMD ["python", "app.py"]')
assert log.count('dockerfile:check: 1 file checked: 0 errors, 0 warnings, 0 info, 0 style') == 1

// The lab's stand-in of python:3.12 has compilers but not the -dev packages the real image has
// (libpq-dev among them): the check makes that image first and builds with it.
def prepare = 'printf \'FROM python:3.12\\nRUN apt-get update && apt-get install -y --no-install-recommends libpq-dev && rm -rf /var/lib/apt/lists/*\\n\'' +
        ' | "$DOCKER" build --network host -t dockerfile-it/python-libpq:3.12 -'
def check = evaluate(new File(itSources, 'docker-check.groovy'))
return check(basedir, 'python-native', 'app.py', ['python -m venv', 'pip .*install', 'COPY --from=builder /rootfs/ /',
        'apt-get install -y --no-install-recommends'], [], 'target/docker/Dockerfile',
        [PREPARE: prepare, PYTHON_INDEX: '1', BUILD_ARGS: 'BUILDER_IMAGE=dockerfile-it/python-libpq:3.12',
         EXPECT: 'psycopg2 2\\.9\\.5 on libpq [0-9]+, headers: no'])
