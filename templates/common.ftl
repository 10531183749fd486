<#-- Pieces shared by every stack's Dockerfile. Override this file to change them everywhere. -->
<#macro header>
${marker} for ${artifactId} (stack ${stack}, build mode ${buildMode}).
# Do not edit: change the plugin's <configuration> or override a template, then run mvn dockerfile:generate.
# Build from the module directory: ${buildCommand}
</#macro>

<#macro baseImages builder=true>
<#if builder>
ARG BUILDER_IMAGE=${builderImage}
</#if>
ARG RUNTIME_IMAGE=${runtimeImage}
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

<#-- Metadata last: a new version label must not invalidate the cached layers above it. -->
<#macro runtimeTail>
<#if env?has_content>
ENV ${env?map(e -> e.key + "=" + e.value)?join(" \\\n    ")}
</#if>
USER ${user.uid}:${user.gid}
EXPOSE ${port}
<#if healthcheck?has_content>
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ${healthcheck}
</#if>
LABEL ${labels?map(l -> l.key + "=" + l.value)?join(" \\\n      ")}
</#macro>

<#-- jlink, step 1 (in the builder): the modules the application and its dependencies need. -->
<#macro jdepsModules inputs>
# jlink, step 1: the modules the application and its dependencies use (java.se, with the reason, when jdeps cannot tell).
RUN mkdir -p /jlink \
 && if ! jdeps --ignore-missing-deps -q --multi-release ${java.release} --print-module-deps ${inputs} > /jlink/modules 2>/tmp/jdeps.log; then \
      echo "jlink: jdeps could not list the modules ($(head -n 1 /tmp/jdeps.log)); linking java.se instead" >&2; \
      echo java.se > /jlink/modules; \
    fi \
 && if [ ! -s /jlink/modules ]; then echo java.base > /jlink/modules; fi
</#macro>

<#-- jlink, step 2 (its own stage): relinked only when the module list changes, so a code edit keeps the runtime layer. -->
<#macro jlinkStage>

# jlink, step 2: a runtime of just those modules, in a stage of its own so that it is relinked
# only when the module list changes.
FROM ${r"${BUILDER_IMAGE}"} AS jlink
COPY --from=builder /jlink/modules /jlink/modules
RUN jlink --add-modules "$(cat /jlink/modules),jdk.crypto.ec" --strip-debug --no-man-pages --no-header-files \
      --compress=2 <#if java.cds>--generate-cds-archive </#if>--output /opt/java-runtime
</#macro>

<#-- The Java runtime of the final stage: the jlink-ed one on a slim image, or the runtime image's own. -->
<#macro javaRuntime>
<#if java.jlink>
ENV JAVA_HOME=/opt/java/runtime \
    PATH="/opt/java/runtime/bin:$PATH"
COPY --from=jlink /opt/java-runtime /opt/java/runtime
</#if>
</#macro>

<#-- Class Data Sharing: a training run records the classes the application loads; the JVM then maps them at start. -->
<#macro cdsTraining command>
# Class Data Sharing: a training run writes the archive the ENTRYPOINT starts with.
RUN ${command}
</#macro>
