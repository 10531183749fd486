<#import "common.ftl" as common>
<#import "jvm.ftl" as jvm>
<@common.header/>

<#if java.maven??>
<@common.baseImages/>

# Builder: dependencies are resolved from pom.xml alone, so an edit to src/ reuses these layers.
FROM ${r"${BUILDER_IMAGE}"} AS builder
WORKDIR ${java.builderDirectory}
<@jvm.mavenBuild java.maven/>
<#if java.jlink??>
<@jvm.jdepsModules java.jlink/>
<@jvm.jlinkStage java.jlink/>
</#if>

<@common.userStage builder=true/>
<#if java.layers?size == 1>
# Runtime: a Java runtime and the application's fat jar.
<#else>
# Runtime: a Java runtime, then release dependencies, snapshot dependencies and the application,
# least often changed first.
</#if>
<#else>
<#if java.jlink??>
<@common.baseImages/>

# Builder: links a Java runtime of only the modules the application and its dependencies use.
FROM ${r"${BUILDER_IMAGE}"} AS builder
<#list java.builderCopies as c>
<@common.copy c/>
</#list>
<@jvm.jdepsModules java.jlink/>
<@jvm.jlinkStage java.jlink/>
<#else>
<@common.baseImages builder=false/>
</#if>

<@common.userStage builder=(java.jlink??)/>
<#if java.layers?size == 1>
# Runtime from what Maven built: a Java runtime and the application's fat jar.
<#else>
# Runtime from what Maven built: a Java runtime, then release dependencies, snapshot dependencies
# and the application, least often changed first.
</#if>
</#if>
FROM ${r"${RUNTIME_IMAGE}"}
<#if java.jlink??>
<@jvm.javaRuntime java.jlink/>
</#if>
<@common.copyUser/>
WORKDIR ${workdir}
<@jvm.layersAndMetadata java entrypoint/>
