<#import "common.ftl" as common>
<@common.header/>

<@common.baseImages/>

<#assign layers = "/layers/dependencies /layers/spring-boot-loader /layers/snapshot-dependencies /layers/application">
<#if buildMode == "source">
# Builder: dependencies are resolved from pom.xml alone, so an edit to src/ reuses that layer;
# the fat jar is then split into Spring Boot's layers.
FROM ${r"${BUILDER_IMAGE}"} AS builder
WORKDIR /build
COPY pom.xml ./
RUN mvn ${java.mavenFlags} ${java.dependencyPlugin}:go-offline -DexcludeGroupIds=dev.dockerfile
COPY src ./src
RUN mvn ${java.mavenFlags} package -DskipTests \
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

# Runtime: a JRE and the four layers, least often changed first.
FROM ${r"${RUNTIME_IMAGE}"}
<@common.createUser/>
WORKDIR /app
COPY --from=builder /layers/dependencies/ ./
COPY --from=builder /layers/spring-boot-loader/ ./
COPY --from=builder /layers/snapshot-dependencies/ ./
COPY --from=builder /layers/application/ ./
<@common.runtimeTail/>
ENTRYPOINT ${entrypoint}
