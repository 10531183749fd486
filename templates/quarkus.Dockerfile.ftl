<#import "common.ftl" as common>
<#import "jvm.ftl" as jvm>
<@common.header/>

<#if java.maven?? || java.jlink??>
<@common.baseImages/>

</#if>
<#if java.maven??>
# Builder: dependencies (Quarkus's build-time ones too) are resolved from pom.xml alone, so an
# edit to src/ reuses that layer; mvn package then builds the application.
FROM ${r"${BUILDER_IMAGE}"} AS builder
WORKDIR ${java.builderDirectory}
<@jvm.mavenBuild java.maven/>
<#elseif java.jlink??>
# Builder: links a Java runtime of only the modules the application and its dependencies use.
FROM ${r"${BUILDER_IMAGE}"} AS builder
<#list java.builderCopies as c>
<@common.copy c/>
</#list>
<#else>
<@common.baseImages builder=false/>
</#if>
<#if java.jlink??>
<@jvm.jdepsModules java.jlink/>
<@jvm.jlinkStage java.jlink/>
</#if>

<@common.userStage builder=(java.maven?? || java.jlink??)/>
# Runtime: a Java runtime, then what Quarkus built (the libraries before the application and
# Quarkus's generated code), least often changed first.
FROM ${r"${RUNTIME_IMAGE}"}
<#if java.jlink??>
<@jvm.javaRuntime java.jlink/>
</#if>
<@common.copyUser/>
WORKDIR ${workdir}
<@jvm.layersAndMetadata java entrypoint/>
