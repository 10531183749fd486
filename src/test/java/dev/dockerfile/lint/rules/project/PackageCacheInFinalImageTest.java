package dev.dockerfile.lint.rules.project;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackageCacheInFinalImageTest {
    private final PackageCacheInFinalImage rule = new PackageCacheInFinalImage();

    @Test
    void catchesCachesOfEachPackageManager() {
        assertEquals(List.of("2 DF007"), lines(rule, "FROM python:3.12-slim\nRUN pip install flask\n"));
        assertEquals(List.of("2 DF007"), lines(rule, "FROM debian\nRUN apt-get update && apt-get install -y curl\n"));
        assertEquals(List.of("2 DF007"), lines(rule, "FROM alpine\nRUN apk add curl\n"));
        assertEquals(List.of("2 DF007"), lines(rule, "FROM ubi9\nRUN dnf install -y java\n"));
        assertEquals(List.of("2 DF007"), lines(rule, "FROM node:20-slim\nRUN npm ci --omit=dev\n"));
        assertEquals(List.of("2 DF007"), lines(rule, "FROM maven:3\nRUN mvn -B package\n"));
    }

    @Test
    void catchesHeredocsInheritedLayersAndDisabledPipSetting() {
        assertEquals(List.of("2 DF007"), lines(rule, "FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n"));
        assertEquals(List.of("2 DF007"), lines(rule, "FROM python AS build\nRUN pip install a\nFROM build\nCMD [\"x\"]\n"));
        assertEquals(List.of("3 DF007"), lines(rule, "FROM python\nENV PIP_NO_CACHE_DIR=0\nRUN python -m pip install a\n"));
        assertEquals(List.of("2 DF007"), lines(rule, "FROM debian\nRUN sudo /usr/bin/apt-get install -y curl\n"));
        // The value of -o is no subcommand: the shared reader (shell.ValueOptions) skips it.
        assertEquals(List.of("2 DF007"), lines(rule, "FROM debian\nRUN apt-get -o Acquire::Retries=3 install -y curl=8.0\n"));
        // Wrappers and sh -c scripts are read as the hadolint rules read them.
        assertEquals(List.of("2 DF007"), lines(rule, "FROM debian\nRUN env DEBIAN_FRONTEND=noninteractive sh -c"
                + " 'apt-get update && apt-get install -y curl'\n"));
    }

    @Test
    void passesCleanedCaches() {
        assertEquals(List.of(), lines(rule, "FROM python\nRUN pip install --no-cache-dir flask\n"));
        assertEquals(List.of(), lines(rule, "FROM python\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n"));
        assertEquals(List.of(), lines(rule, "FROM python\nRUN PIP_NO_CACHE_DIR=1 pip install flask\n"));
        assertEquals(List.of(), lines(rule, "FROM debian\nRUN apt-get update && apt-get install -y curl \\\n"
                + " && rm -rf /var/lib/apt/lists/*\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:13\nRUN apt-get update; apt-get install -y curl; apt-get dist-clean\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nRUN apk add --no-cache curl\n"));
        assertEquals(List.of(), lines(rule, "FROM ubi9\nRUN dnf install -y java && dnf clean all\n"));
        assertEquals(List.of(), lines(rule, "FROM node\nRUN npm ci && npm cache clean --force\nRUN npm ci --cache /tmp/npm\n"));
    }

    @Test
    void passesBuilderStagesCacheMountsAndText() {
        assertEquals(List.of(), lines(rule, "FROM python AS b\nRUN pip install x\nFROM python:3.12-slim\n"
                + "COPY --from=b /x /x\n"));
        assertEquals(List.of(), lines(rule, "FROM python\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n"));
        assertEquals(List.of(), lines(rule, "FROM debian\nRUN echo 'apt-get install foo' && groupadd app\n"));
    }
}
