<#import "common.ftl" as common>
<#assign m2 = cacheMounts?then("--mount=type=cache,target=/root/.m2 ", "")>
<@common.header/>

<#if buildMode == "source">
<@common.baseImages/>

# Builder: dependencies are resolved from pom.xml alone, so an edit to src/ reuses these layers.
FROM ${r"${BUILDER_IMAGE}"} AS builder
WORKDIR /build
COPY pom.xml ./
RUN ${m2}mvn ${java.mavenFlags} ${java.dependencyPlugin}:go-offline -DexcludeGroupIds=dev.dockerfile \
 && mvn ${java.mavenFlags} ${java.dependencyPlugin}:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory=/layers/dependencies \
 && mkdir -p /layers/dependencies /layers/snapshot-dependencies \
 && find /layers/dependencies -name '*-SNAPSHOT.jar' -exec mv -t /layers/snapshot-dependencies/ {} +
COPY src ./src
RUN ${m2}mvn ${java.mavenFlags} package -DskipTests \
 && mkdir -p /layers/application \
 && cp ${java.jar} /layers/application/app.jar
<#if java.jlink>
<@common.jdepsModules inputs="$(find /layers -name '*.jar')"/>
<@common.jlinkStage/>
</#if>

# Runtime: a Java runtime, then release dependencies, snapshot dependencies and the application,
# least often changed first.
FROM ${r"${RUNTIME_IMAGE}"}
<@common.javaRuntime/>
<@common.createUser/>
WORKDIR /app
COPY --from=builder /layers/dependencies/ ./lib/
COPY --from=builder /layers/snapshot-dependencies/ ./lib/
COPY --from=builder /layers/application/ ./
<#else>
<#if java.jlink>
<@common.baseImages/>

# Builder: links a Java runtime of only the modules the application and its dependencies use.
FROM ${r"${BUILDER_IMAGE}"} AS builder
COPY ${java.dependencies} /layers/dependencies/
COPY ${java.snapshotDependencies} /layers/snapshot-dependencies/
COPY ${java.jar} /layers/application/app.jar
<@common.jdepsModules inputs="$(find /layers -name '*.jar')"/>
<@common.jlinkStage/>
<#else>
<@common.baseImages builder=false/>
</#if>

# Runtime from what Maven built: a Java runtime, then release dependencies, snapshot dependencies
# and the application, least often changed first.
FROM ${r"${RUNTIME_IMAGE}"}
<@common.javaRuntime/>
<@common.createUser/>
WORKDIR /app
COPY ${java.dependencies} ./lib/
COPY ${java.snapshotDependencies} ./lib/
COPY ${java.jar} ./app.jar
</#if>
<#if java.cds>
<@common.cdsTraining command="timeout -s TERM 10 java -XX:ArchiveClassesAtExit=/app/app.jsa -cp '/app/app.jar:/app/lib/*' ${java.mainClass}; test -s /app/app.jsa"/>
</#if>
<@common.runtimeTail/>
ENTRYPOINT ${entrypoint}
