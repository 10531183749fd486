<#import "common.ftl" as common>
<@common.header/>

<@common.baseImages/>

# Builder: a virtualenv holding only the dependencies (not even pip: the builder's pip installs
# into it), installed before any source is copied, so an edit to the code reuses this layer.
FROM ${r"${BUILDER_IMAGE}"} AS builder
<#-- SOURCE_DATE_EPOCH makes pip write hash-checked .pyc files, whose bytes do not depend on the time. -->
<#if cacheMounts>
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    SOURCE_DATE_EPOCH=0
<#else>
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    SOURCE_DATE_EPOCH=0
</#if>
# Python as PID 1 has no default action for SIGTERM: docker stop would wait 10 s, then kill it. The
# .pth line, run at every start of the virtualenv's interpreter, exits on SIGTERM with 143 (the default
# action); an application or server that handles SIGTERM itself (gunicorn, uvicorn) replaces it.
RUN ${python.createVenv}
WORKDIR /build
COPY ${python.manifest} ./
<#list python.includes as c>
<@common.copy c/>
</#list>
# A private index: docker build --build-arg PIP_INDEX_URL=https://pypi.example.com/simple/ ... These are
# build arguments of this stage alone: the final image never has them.<#if cacheMounts> Credentials go in the
# pip.conf secret (docker build --secret id=pip.conf,src=pip.conf), mounted for the install alone.<#else>
# Credentials go in a BuildKit secret (cacheMounts), never in a build argument.</#if>
<#list python.indexArgs as a>
ARG ${a}
</#list>
# The virtualenv at its final path under /rootfs, at time 0: copied to /, its layer is the same for the
# same requirements (a COPY gives its destination directory the build's time, but keeps those below it).
RUN ${python.install} \
 && mkdir -p /rootfs${python.venv?keep_before_last("/")} && cp -a ${python.venv} /rootfs${python.venv?keep_before_last("/")}/ \
 && find /rootfs -exec touch -h -d @0 {} +
<#if python.writableDirs?has_content>
# The directories the application writes to (Flask's instance folder), owned by its user, at time 0.
RUN mkdir -p<#list python.writableDirs as d> /rootfs-writable${d}</#list> \
 && chown ${user.uid}:${user.gid}<#list python.writableDirs as d> /rootfs-writable${d}</#list> \
 && find /rootfs-writable -exec touch -h -d @0 {} +
</#if>
<#if python.listLibraries?has_content>
# The Debian packages of the shared libraries the built extensions link to, for the slim runtime.
RUN ${python.listLibraries}
</#if>
<#if python.collectStatic?has_content>

# Django's collectstatic: the static files of the project and of its apps, gathered where STATIC_ROOT
# says, with fixed times.
FROM builder AS static
WORKDIR ${workdir}
<#list python.packages as c>
<@common.copy c/>
</#list>
<#if python.modules?has_content>
COPY ${python.modules?join(" ")} ./
</#if>
RUN ${python.collectStatic}
</#if>

<@common.userStage builder=true/>
# Runtime: the slim interpreter, the virtualenv and the application's own packages, nothing else.
FROM ${r"${RUNTIME_IMAGE}"}
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH="${python.venv}/bin:$PATH"
<@common.copyUser/>
WORKDIR ${workdir}
COPY --from=builder /rootfs/ /
<#if python.writableDirs?has_content>
COPY --from=builder /rootfs-writable/ /
</#if>
<#if python.installLibraries?has_content>
COPY --from=builder ${python.librariesFile} /tmp${python.librariesFile}
RUN ${python.installLibraries}
</#if>
# Metadata before the application's own files, which come last: an edit rebuilds only their layers.
<@common.runtimeTail/>
CMD ${entrypoint}
<#list python.packages as c>
<@common.copy c/>
</#list>
<#if python.modules?has_content>
COPY ${python.modules?join(" ")} ./
</#if>
<#if python.staticFiles??>
<@common.copy python.staticFiles/>
</#if>
