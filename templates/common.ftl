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

<#-- The commands that make a system user with fixed numeric ids, the way the runtime image's
     distribution does it; none for distroless, which has no shell and a built-in non-root user. -->
<#function userCommands>
<#if user.family == "debian" || user.family == "rhel">
<#local shell = (user.family == "debian")?then("/usr/sbin/nologin", "/sbin/nologin")>
<#return ["groupadd --system --gid ${user.gid} ${user.name}",
        "useradd --system --no-log-init --uid ${user.uid} --gid ${user.gid} \\\n"
        + "      --no-create-home --home-dir /nonexistent --shell ${shell} ${user.name}"]>
<#elseif user.family == "alpine">
<#return ["addgroup -S -g ${user.gid} ${user.name}",
        "adduser -S -D -H -u ${user.uid} -G ${user.name} -h /nonexistent -s /sbin/nologin ${user.name}"]>
</#if>
<#return []>
</#function>

<#-- The user, created in the stage that runs the application. Kept for overrides; the built-in
     templates use userStage and copyUser instead, whose layer is the same for the same inputs. -->
<#macro createUser>
<#if user.family == "rhel">
<#-- Red Hat's language images (ubi*/openjdk-*) switch to a non-root user; creating one needs root. -->
USER 0
</#if>
<#if userCommands()?has_content>
RUN ${userCommands()?join(" \\\n && ")}
<#else>
# distroless has no shell to create a user with: ${user.uid} is its built-in non-root user.
</#if>
</#macro>

<#-- The user in a stage of its own. A RUN in the final stage would leave the build's time on /etc
     (BuildKit's mounts of /etc/hosts and /etc/resolv.conf touch it) and on the files useradd writes,
     so two builds of the same inputs would give two user layers. This stage lays out the account
     files and the working directory at their final paths under /rootfs, at time 0, and copyUser
     copies that tree to /: a COPY keeps the times of everything below its destination.
     Distroless has a built-in user and no shell: when the Dockerfile has a builder stage (builder=true),
     the builder's image makes the working directory instead, else WORKDIR makes it at the build's time. -->
<#macro userStage builder=false>
<#assign workdirStage = !userCommands()?has_content && builder>
<#if userCommands()?has_content>
<#local tree = (user.family == "alpine")?then(
        <#-- BusyBox's adduser writes today's day number into the shadow entry; useradd leaves it empty. -->
        ["sed -i 's/^\\(${user.name}:[^:]*\\):[0-9]*:/\\1::/' /etc/shadow",
         "mkdir -p /rootfs/etc /rootfs${workdir}",
         "cp -p /etc/passwd /etc/group /etc/shadow /rootfs/etc/"],
        ["mkdir -p /rootfs/etc /rootfs${workdir}",
         "cp -p /etc/passwd /etc/group /etc/shadow /etc/gshadow /rootfs/etc/"])
        + ["touch -d @0 /rootfs/etc/* /rootfs/etc /rootfs${workdir}"]>
# The non-root user and the working directory, with fixed times: the same inputs give the same layer.
FROM ${r"${RUNTIME_IMAGE}"} AS user
<#if user.family == "rhel">
USER 0
</#if>
RUN ${(userCommands() + tree)?join(" \\\n && ")}
<#if user.family == "rhel">
<#-- Only copied from; like every stage, it does not end as root. -->
USER ${user.uid}:${user.gid}
</#if>

<#elseif workdirStage>
# The working directory, with a fixed time: the same inputs give the same layer (distroless has no
# shell, so the builder's image makes it).
FROM ${r"${BUILDER_IMAGE}"} AS user
RUN mkdir -p /rootfs${workdir} \
 && touch -d @0 /rootfs${workdir}

</#if>
</#macro>

<#-- The user stage's tree in the final stage (distroless: its built-in user). -->
<#macro copyUser>
<#if user.family == "rhel">
<#-- Red Hat's language images switch to a non-root user; the steps up to USER need root. -->
USER 0
</#if>
<#if userCommands()?has_content>
COPY --from=user /rootfs/ /
<#else>
# distroless has no shell to create a user with: ${user.uid} is its built-in non-root user.
<#if workdirStage!false>
COPY --from=user /rootfs/ /
</#if>
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
<#-- The final stage's own RUNTIME_IMAGE: the base.name label then names the image the build used,
     --build-arg RUNTIME_IMAGE included. -->
ARG RUNTIME_IMAGE
LABEL ${labels?map(l -> l.key + "=" + l.value)?join(" \\\n      ")}
</#macro>
