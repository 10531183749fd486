<#import "common.ftl" as common>
<#assign m2 = cacheMounts?then("--mount=type=cache,target=/root/.m2 ", "")>
<#assign layers = "/layers/dependencies /layers/spring-boot-loader /layers/snapshot-dependencies /layers/application">
<@common.header/>

<@common.baseImages/>

<#if buildMode == "source">
# Builder: dependencies are resolved from pom.xml alone, so an edit to src/ reuses that layer;
# the fat jar is then split into Spring Boot's layers.
FROM ${r"${BUILDER_IMAGE}"} AS builder
WORKDIR /build
COPY pom.xml ./
RUN ${m2}mvn ${java.mavenFlags} ${java.dependencyPlugin}:go-offline -DexcludeGroupIds=dev.dockerfile
COPY src ./src
RUN ${m2}mvn ${java.mavenFlags} package -DskipTests \
 && cp ${java.jar} app.jar \
 && ${java.extract} \
 && mkdir -p ${layers}
<#else>
# Builder: splits the fat jar Maven built into Spring Boot's layers.
FROM ${r"${BUILDER_IMAGE}"} AS builder
WORKDIR /build
COPY ${java.jar} app.jar
RUN ${java.extract} \
 && mkdir -p ${layers}
</#if>
<#if java.jlink>
<@common.jdepsModules inputs="$(find /layers -name '*.jar') $(find /layers -type d -path '*/BOOT-INF/classes')"/>
<@common.jlinkStage/>
</#if>

# Runtime: a Java runtime and the four layers, least often changed first.
FROM ${r"${RUNTIME_IMAGE}"}
<@common.javaRuntime/>
<@common.createUser/>
WORKDIR /app
COPY --from=builder /layers/dependencies/ ./
COPY --from=builder /layers/spring-boot-loader/ ./
COPY --from=builder /layers/snapshot-dependencies/ ./
COPY --from=builder /layers/application/ ./
<#if java.cds>
<@common.cdsTraining command="java -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh -jar /app/app.jar"/>
</#if>
<@common.runtimeTail/>
ENTRYPOINT ${entrypoint}
