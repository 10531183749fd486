<#import "common.ftl" as common>
<#import "jvm.ftl" as jvm>
<@common.header/>

<@common.baseImages builder=(java.maven?? || java.split?? || java.jlink??)/>

<#if java.maven?? && java.layout == "exploded">
# Builder: dependencies are resolved and copied from pom.xml alone, so an edit to src/ reuses
# that layer; the build step compiles, with no jar to package, repackage or extract.
FROM ${r"${BUILDER_IMAGE}"} AS builder
WORKDIR ${java.builderDirectory}
<@jvm.mavenBuild java.maven/>
<#elseif java.maven??>
# Builder: dependencies are resolved from pom.xml alone, so an edit to src/ reuses that layer;
# the fat jar is then split into Spring Boot's layers.
FROM ${r"${BUILDER_IMAGE}"} AS builder
WORKDIR ${java.builderDirectory}
<@jvm.mavenBuild java.maven/>
<#elseif java.split??>
# Builder: splits the fat jar Maven built into Spring Boot's layers.
FROM ${r"${BUILDER_IMAGE}"} AS builder
WORKDIR ${java.builderDirectory}
<#list java.builderCopies as c>
<@common.copy c/>
</#list>
RUN ${java.split}
</#if>
<#if java.jlink??>
<@jvm.jdepsModules java.jlink/>
<@jvm.jlinkStage java.jlink/>
</#if>

<@common.userStage builder=(java.maven?? || java.split?? || java.jlink??)/>
<#if java.layers?size == 1>
# Runtime: a Java runtime and the fat jar.
<#elseif java.layout == "exploded">
# Runtime: a Java runtime, then release dependencies, snapshot dependencies and the application's
# classes, least often changed first.
<#else>
# Runtime: a Java runtime and the four layers, least often changed first.
</#if>
FROM ${r"${RUNTIME_IMAGE}"}
<#if java.jlink??>
<@jvm.javaRuntime java.jlink/>
</#if>
<@common.copyUser/>
WORKDIR ${workdir}
<@jvm.layersAndMetadata java entrypoint/>
