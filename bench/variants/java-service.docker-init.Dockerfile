# Shaped like `docker init`'s Java template (deps, package and final stages; bind and cache
# mounts; appuser 10001), for a plain jar: its dependencies are copied beside it.
FROM maven:3.9-eclipse-temurin-17 AS deps
WORKDIR /build
RUN --mount=type=bind,source=pom.xml,target=pom.xml \
    --mount=type=cache,target=/root/.m2 mvn -B dependency:go-offline -DskipTests

FROM deps AS package
WORKDIR /build
COPY ./src src/
RUN --mount=type=bind,source=pom.xml,target=pom.xml \
    --mount=type=cache,target=/root/.m2 \
    mvn -B package dependency:copy-dependencies -DskipTests -DincludeScope=runtime \
    && mv target/java-service-1.0.0.jar target/app.jar

FROM eclipse-temurin:17-jre-jammy AS final
ARG UID=10001
# docker init writes `adduser --disabled-password ... --uid "${UID}" appuser`; the lab's
# stand-in images lack adduser, so its useradd equivalent:
RUN useradd --no-create-home --home-dir /nonexistent --shell /sbin/nologin --uid "${UID}" appuser
USER appuser
COPY --from=package build/target/app.jar app.jar
COPY --from=package build/target/dependency/ lib/
EXPOSE 3000
ENTRYPOINT [ "java", "-cp", "app.jar:lib/*", "dev.dockerfile.it.java.Main" ]
