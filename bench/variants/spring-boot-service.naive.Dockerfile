# Naive: one stage, the build image as runtime, the whole context copied, running as root.
FROM maven:3.9-eclipse-temurin-17
WORKDIR /app
COPY . .
RUN mvn -B -q package -DskipTests
EXPOSE 3000
CMD ["java", "-jar", "target/spring-boot-service-0.3.0-SNAPSHOT.jar"]
