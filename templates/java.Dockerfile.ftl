<#import "common.ftl" as common>
<@common.header/>

<#if buildMode == "source">
<@common.baseImages/>

# Builder: dependencies are resolved from pom.xml alone, so an edit to src/ reuses these layers.
FROM ${r"${BUILDER_IMAGE}"} AS builder
WORKDIR /build
COPY pom.xml ./
RUN mvn ${java.mavenFlags} ${java.dependencyPlugin}:go-offline -DexcludeGroupIds=dev.dockerfile \
 && mvn ${java.mavenFlags} ${java.dependencyPlugin}:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory=/layers/dependencies \
 && mkdir -p /layers/dependencies /layers/snapshot-dependencies \
 && find /layers/dependencies -name '*-SNAPSHOT.jar' -exec mv -t /layers/snapshot-dependencies/ {} +
COPY src ./src
RUN mvn ${java.mavenFlags} package -DskipTests \
 && mkdir -p /layers/application \
 && cp ${java.jar} /layers/application/app.jar

# Runtime: a JRE, then release dependencies, snapshot dependencies and the application,
# least often changed first.
FROM ${r"${RUNTIME_IMAGE}"}
<@common.createUser/>
WORKDIR /app
COPY --from=builder /layers/dependencies/ ./lib/
COPY --from=builder /layers/snapshot-dependencies/ ./lib/
COPY --from=builder /layers/application/ ./
<#else>
<@common.baseImages builder=false/>

# Runtime from what Maven built: a JRE, then release dependencies, snapshot dependencies
# and the application, least often changed first.
FROM ${r"${RUNTIME_IMAGE}"}
<@common.createUser/>
WORKDIR /app
COPY ${java.dependencies} ./lib/
COPY ${java.snapshotDependencies} ./lib/
COPY ${java.jar} ./app.jar
</#if>
<@common.runtimeTail/>
ENTRYPOINT ${entrypoint}
