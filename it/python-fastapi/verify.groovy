def dockerfile = new File(basedir, 'target/docker/Dockerfile').text
def log = new File(basedir, 'build.log').text

// Only the defaults: FastAPI's app object under uvicorn, on every address, as the non-root user.
assert dockerfile.contains('CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "3000"]')
assert log.contains('[INFO] dockerfile: command uvicorn app.main:app --host 0.0.0.0 --port 3000: fastapi application app in app/main.py, uvicorn from requirements.txt')
assert log.contains('[INFO] dockerfile: workers: uvicorn\'s default, one process; set WEB_CONCURRENCY in <env> or at docker run for more')
// The private index is a build argument of the builder only.
def builder = dockerfile.substring(dockerfile.indexOf('AS builder'), dockerfile.indexOf('AS user'))
assert builder.contains('ARG PIP_INDEX_URL\nARG PIP_EXTRA_INDEX_URL\n')
assert !dockerfile.substring(dockerfile.indexOf('AS user')).contains('PIP_INDEX_URL')
assert !dockerfile.contains('tests')
assert log.count('dockerfile:check: 1 file checked: 0 errors, 0 warnings, 0 info, 0 style') == 2

// Built from a local index of real upstream packages (FastAPI, Starlette, pydantic, uvicorn) passed as
// --build-arg PIP_INDEX_URL, which must not reach the final image; uvicorn stops on SIGTERM by itself (0).
def check = evaluate(new File(itSources, 'docker-check.groovy'))
def steps = ['python -m venv', 'pip .*install', 'COPY --from=builder /rootfs/ /']
check(basedir, 'python-fastapi', 'app/greeting.py', steps,
        [], 'target/docker/Dockerfile', [PYTHON_INDEX: '1', EXPECT: '"greeting":"hello from FastAPI"', STOP_STATUS: '0'])
// With cache mounts, the index comes in pip's configuration as the BuildKit secret pip.conf, as
// credentials would: mounted for the install alone, in no layer.
def optimized = new File(basedir, 'target/docker-optimized/Dockerfile').text
assert optimized.contains('RUN --mount=type=cache,target=/root/.cache/pip --mount=type=secret,id=pip.conf,target=/etc/pip.conf python -m pip')
return check(basedir, 'python-fastapi-secret', 'app/greeting.py', steps,
        [], 'target/docker-optimized/Dockerfile', [PYTHON_INDEX: 'secret', EXPECT: '"greeting":"hello from FastAPI"', STOP_STATUS: '0'])
