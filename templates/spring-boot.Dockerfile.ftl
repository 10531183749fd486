<#import "common.ftl" as common>
<#import "jvm.ftl" as jvm>
<@common.header/>

<@common.baseImages builder=(java.maven?? || java.split?? || java.jlink??)/>

<#if java.maven??>
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

<#if java.layers?size == 1>
# Runtime: a Java runtime and the fat jar.
<#else>
# Runtime: a Java runtime and the four layers, least often changed first.
</#if>
FROM ${r"${RUNTIME_IMAGE}"}
<#if java.jlink??>
<@jvm.javaRuntime java.jlink/>
</#if>
<@common.createUser/>
WORKDIR ${workdir}
<#list java.layers as c>
<@common.copy c/>
</#list>
<#if java.cdsTraining??>
<@jvm.cdsTraining java.cdsTraining/>
</#if>
<@common.runtimeTail/>
ENTRYPOINT ${entrypoint}
