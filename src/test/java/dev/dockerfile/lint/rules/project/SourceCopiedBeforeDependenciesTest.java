package dev.dockerfile.lint.rules.project;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceCopiedBeforeDependenciesTest {
    private final SourceCopiedBeforeDependencies rule = new SourceCopiedBeforeDependencies();

    @Test
    void catchesSourceBeforeTheInstall() {
        assertEquals(List.of("2 DF003"), lines(rule, "FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\n"));
        assertEquals(List.of("3 DF003"), lines(rule, "FROM node:20\nWORKDIR /app\nCOPY . /app\nRUN npm ci\n"));
        assertEquals(List.of("3 DF003"), lines(rule, "FROM maven:3\nCOPY pom.xml .\nCOPY src ./src\nRUN mvn -B package\n"));
        assertEquals(List.of("2 DF003"), lines(rule, "FROM golang:1.22\nCOPY ./ ./\nRUN go mod download && go build\n"));
    }

    @Test
    void checksEveryStage() {
        assertEquals(List.of("4 DF003"), lines(rule, "FROM alpine AS x\nRUN true\nFROM ruby:3\nCOPY app/ /app/\n"
                + "RUN bundle install\n"));
    }

    @Test
    void aToolingInstallIsNotTheDependencyInstall() {
        assertEquals(List.of("3 DF003"), lines(rule, "FROM python:3\nRUN pip install --upgrade pip setuptools\n"
                + "COPY . .\nRUN pip install -r requirements.txt\n"));
    }

    @Test
    void passesManifestFirst() {
        assertEquals(List.of(), lines(rule, "FROM python:3.12-slim\nCOPY requirements.txt .\n"
                + "RUN pip install -r requirements.txt\nCOPY . .\n"));
        assertEquals(List.of(), lines(rule, "FROM maven:3 AS builder\nCOPY pom.xml ./\n"
                + "RUN mvn org.apache.maven.plugins:maven-dependency-plugin:3.11.0:go-offline\nCOPY src ./src\n"
                + "RUN mvn package\n"));
        assertEquals(List.of(), lines(rule, "FROM node:20\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n"));
    }

    @Test
    void passesNearMisses() {
        assertEquals(List.of(), lines(rule, "FROM python\nCOPY --from=builder /app /app\nRUN pip install x\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nCOPY . .\nRUN echo 'npm ci' && make\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine AS src\nCOPY . .\nFROM python\nRUN pip install flask\n"));
        assertEquals(List.of(), lines(rule, "FROM python\nCOPY config.yaml /etc/\nRUN pip install flask\n"));
    }
}
