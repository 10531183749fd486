<#-- Pieces shared by every stack's Dockerfile. Override this file to change them everywhere. -->
<#macro header>
${generated.marker} for ${generated.artifactId} (stack ${stack}, build mode ${buildMode}).
# Do not edit: change the plugin's <configuration> or override a template, then run mvn dockerfile:generate.
# Build from the module directory: ${generated.buildCommand}
</#macro>

<#macro baseImages builder=true>
<#if builder>
ARG BUILDER_IMAGE=${images.builder}
</#if>
ARG RUNTIME_IMAGE=${images.runtime}
</#macro>

<#-- One COPY of a plan: from the build context, or from a stage. -->
<#macro copy c>
COPY <#if c.from?has_content>--from=${c.from} </#if>${c.source} ${c.target}
</#macro>

<#-- A system user with fixed numeric ids, created the way the runtime image's distribution does it. -->
<#macro createUser>
<#if user.family == "debian">
RUN groupadd --system --gid ${user.gid} ${user.name} \
 && useradd --system --no-log-init --uid ${user.uid} --gid ${user.gid} \
      --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin ${user.name}
<#elseif user.family == "rhel">
<#-- Red Hat's language images (ubi*/openjdk-*) switch to a non-root user; creating one needs root. -->
USER 0
RUN groupadd --system --gid ${user.gid} ${user.name} \
 && useradd --system --no-log-init --uid ${user.uid} --gid ${user.gid} \
      --no-create-home --home-dir /nonexistent --shell /sbin/nologin ${user.name}
<#elseif user.family == "alpine">
RUN addgroup -S -g ${user.gid} ${user.name} \
 && adduser -S -D -H -u ${user.uid} -G ${user.name} -h /nonexistent -s /sbin/nologin ${user.name}
<#else>
# distroless has no shell to create a user with: ${user.uid} is its built-in non-root user.
</#if>
</#macro>

<#-- The metadata, written before the application's own layers and after the rest: a rebuild after an
     edit then redoes only the COPY of the code (every instruction after it would be one more step to
     run), and a new version label leaves the runtime and dependency layers cached. -->
<#macro runtimeTail>
<#if env?has_content>
ENV ${env?map(e -> e.key + "=" + e.value)?join(" \\\n    ")}
</#if>
USER ${user.uid}:${user.gid}
EXPOSE ${ports?join(" ")}
<#if healthcheck?has_content>
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ${healthcheck}
</#if>
LABEL ${labels?map(l -> l.key + "=" + l.value)?join(" \\\n      ")}
</#macro>
