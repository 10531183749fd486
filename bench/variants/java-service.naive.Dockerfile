# Naive: one stage, the build image as runtime, the whole context copied, running as root.
FROM maven:3.9-eclipse-temurin-17
WORKDIR /app
COPY . .
RUN mvn -B -q package -DskipTests && mvn -B -q dependency:copy-dependencies
EXPOSE 3000
CMD ["java", "-cp", "target/java-service-1.0.0.jar:target/dependency/*", "dev.dockerfile.it.java.Main"]
