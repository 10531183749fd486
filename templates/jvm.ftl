<#-- Pieces shared by the JVM stacks' Dockerfiles (java, spring-boot). -->
<#import "common.ftl" as common>

<#-- Maven in the builder: the manifests and the dependency step first, so an edit to the sources reuses that layer. -->
<#macro mavenBuild maven>
# Maven's runs here are short: a JVM that stops at the client compiler finishes them sooner, and
# Maven 3.9's breadth-first collector fetches POMs in parallel (in every run, so that all read the same).
ENV MAVEN_OPTS="${maven.mavenOpts}"
<#list maven.manifests as c>
<@common.copy c/>
</#list>
RUN ${maven.dependencies}
<#list maven.sources as c>
<@common.copy c/>
</#list>
RUN ${maven.build}
</#macro>

<#-- jlink, step 1 (in the builder): the modules the application and its dependencies need. -->
<#macro jdepsModules jlink>
# jlink, step 1: the modules the application and its dependencies use (java.se, with the reason, when jdeps cannot tell).
RUN ${jlink.modules}
</#macro>

<#-- jlink, step 2 (its own stage): relinked only when the module list changes, so a code edit keeps the runtime layer. -->
<#macro jlinkStage jlink>

# jlink, step 2: a runtime of just those modules, in a stage of its own so that it is relinked
# only when the module list changes.
FROM ${r"${BUILDER_IMAGE}"} AS jlink
COPY --from=builder ${jlink.modulesFile} ${jlink.modulesFile}
RUN ${jlink.link}
</#macro>

<#-- The linked runtime in the final stage. The jlink stage writes it at its final path (javaHome)
     under a root of fixed times: copied to /, the same modules give the same layer. -->
<#macro javaRuntime jlink>
ENV JAVA_HOME=${jlink.javaHome} \
    PATH="${jlink.javaHome}/bin:$PATH"
<#if jlink.output?ends_with(jlink.javaHome) && jlink.output != jlink.javaHome>
COPY --from=jlink ${jlink.output?remove_ending(jlink.javaHome)}/ /
<#else>
COPY --from=jlink ${jlink.output} ${jlink.javaHome}
</#if>
</#macro>

<#-- Class Data Sharing: a training run records the classes the application loads; the JVM then maps them at start. -->
<#macro cdsTraining command>
# Class Data Sharing: a training run writes the archive the ENTRYPOINT starts with.
RUN ${command}
</#macro>

<#-- The final stage's layers and metadata: the layers that do not change with an edit, the metadata,
     then the application's own layers. A CDS training run must follow those layers and still run as
     root (it writes the archive into the working directory), so then the metadata comes last. -->
<#macro layersAndMetadata java entrypoint>
<#assign firstApplicationLayer = java.layers?size - java.applicationLayers>
<#if java.cdsTraining??>
<#list java.layers as c>
<@common.copy c/>
</#list>
<@cdsTraining java.cdsTraining/>
<@common.runtimeTail/>
ENTRYPOINT ${entrypoint}
<#else>
<#list java.layers[0..<firstApplicationLayer] as c>
<@common.copy c/>
</#list>
# Metadata before the application's own files, which come last: an edit rebuilds only their layers.
<@common.runtimeTail/>
ENTRYPOINT ${entrypoint}
<#list java.layers[firstApplicationLayer..] as c>
<@common.copy c/>
</#list>
</#if>
</#macro>
