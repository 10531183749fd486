package dev.dockerfile.lint.rules.project;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SingleStageBuildTest {
    private final SingleStageBuild rule = new SingleStageBuild();

    @Test
    void catchesSingleStageBuildsOnBuildImages() {
        assertEquals(List.of("1 DF001"), lines(rule, "FROM maven:3.9-eclipse-temurin-21\nCOPY . .\nRUN mvn package\n"));
        assertEquals(List.of("2 DF001"), lines(rule, "ARG IMG=gradle:8-jdk21\nFROM ${IMG}\nRUN gradle build\n"));
        assertEquals(List.of("1 DF001"), lines(rule, "FROM golang:1.22-alpine\nCOPY . .\nCMD [\"go\", \"run\", \".\"]\n"));
        assertEquals(List.of("1 DF001"), lines(rule, "FROM node:20\nCOPY . .\nRUN npm ci\nCMD [\"node\", \"x.js\"]\n"));
    }

    @Test
    void catchesBuildToolsRunOrInstalled() {
        assertEquals(List.of("2 DF001"), lines(rule, "FROM debian:12\nRUN apt-get update && apt-get install -y build-essential\n"));
        assertEquals(List.of("3 DF001"), lines(rule, "FROM eclipse-temurin:21-jre\nCOPY . .\nRUN ./mvnw -B package\n"));
        assertEquals(List.of("2 DF001"), lines(rule, "FROM alpine:3\nRUN go build -o /app . \\\n && rm -rf /root/go\n"));
        assertEquals(List.of("2 DF001"), lines(rule, "FROM ubuntu:24.04\nRUN sudo apt-get install -y gcc=4:13.2.0\n"));
        assertEquals(List.of("3 DF001"), lines(rule, "FROM node:20-slim\nRUN npm ci --omit=dev\nRUN npm run build\n"));
    }

    @Test
    void passesMultiStageBuilds() {
        assertEquals(List.of(), lines(rule, "FROM maven:3 AS builder\nRUN mvn package\n"
                + "FROM eclipse-temurin:21-jre\nCOPY --from=builder /a /a\n"));
    }

    @Test
    void passesRuntimeImagesAndNearMisses() {
        assertEquals(List.of(), lines(rule, "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n"));
        assertEquals(List.of(), lines(rule, "FROM node:20-slim\nENV NODE_ENV=production\nRUN npm ci\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nRUN echo make && echo \"mvn package\"\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nRUN java -version && javac --version\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get install -y gcc make && make install \\\n"
                + " && apt-get purge -y --auto-remove gcc make\n"));
    }
}
