<#import "common.ftl" as common>
<@common.header/>

<@common.baseImages/>

# Builder: a virtualenv holding only the dependencies (not even pip: the builder's pip installs
# into it), installed before any source is copied, so an edit to the code reuses this layer.
<#assign pip = cacheMounts?then("RUN --mount=type=cache,target=/root/.cache/pip ", "RUN ")>
<#assign install = cacheMounts?then("python -m pip --python /opt/venv/bin/python install -r requirements.txt",
    "python -m pip --python /opt/venv/bin/python install --no-cache-dir -r requirements.txt")>
FROM ${r"${BUILDER_IMAGE}"} AS builder
<#if cacheMounts>
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
<#else>
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1
</#if>
RUN python -m venv --without-pip /opt/venv
WORKDIR /build
<#if python.manifest == "requirements.txt">
COPY requirements.txt ./
${pip}${install}
<#else>
COPY pyproject.toml ./
${pip}python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb')).get('project', {}).get('dependencies', [])))" > requirements.txt \
 && ${install}
</#if>

# Runtime: the slim interpreter, the virtualenv and the application's own packages, nothing else.
FROM ${r"${RUNTIME_IMAGE}"}
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH="/opt/venv/bin:$PATH"
<@common.createUser/>
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
<#list python.packages as p>
COPY ${p.source} ./${p.target}
</#list>
<#if python.modules?has_content>
COPY ${python.modules?join(" ")} ./
</#if>
<@common.runtimeTail/>
CMD ${entrypoint}
