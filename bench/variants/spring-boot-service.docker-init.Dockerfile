# Shaped like `docker init`'s Java template (deps, package, extract and final stages; bind and
# cache mounts; appuser 10001), with the Maven image's mvn in place of the wrapper it expects.
FROM maven:3.9-eclipse-temurin-17 AS deps
WORKDIR /build
RUN --mount=type=bind,source=pom.xml,target=pom.xml \
    --mount=type=cache,target=/root/.m2 mvn -B dependency:go-offline -DskipTests

FROM deps AS package
WORKDIR /build
COPY ./src src/
RUN --mount=type=bind,source=pom.xml,target=pom.xml \
    --mount=type=cache,target=/root/.m2 \
    mvn -B package -DskipTests && mv target/spring-boot-service-0.3.0-SNAPSHOT.jar target/app.jar

FROM package AS extract
WORKDIR /build
RUN java -Djarmode=layertools -jar target/app.jar extract --destination target/extracted

FROM eclipse-temurin:17-jre-jammy AS final
ARG UID=10001
# docker init writes `adduser --disabled-password ... --uid "${UID}" appuser`; the lab's
# stand-in images lack adduser, so its useradd equivalent:
RUN useradd --no-create-home --home-dir /nonexistent --shell /sbin/nologin --uid "${UID}" appuser
USER appuser
COPY --from=extract build/target/extracted/dependencies/ ./
COPY --from=extract build/target/extracted/spring-boot-loader/ ./
COPY --from=extract build/target/extracted/snapshot-dependencies/ ./
COPY --from=extract build/target/extracted/application/ ./
EXPOSE 3000
ENTRYPOINT [ "java", "org.springframework.boot.loader.launch.JarLauncher" ]
