package dev.dockerfile.lint.rules.project;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildImageInFinalStageTest {
    private final BuildImageInFinalStage rule = new BuildImageInFinalStage();

    @Test
    void catchesJavaBuildImages() {
        assertEquals(List.of("3 DF002"), lines(rule, "FROM maven:3.9 AS b\nRUN mvn package\nFROM maven:3.9\n"));
        assertEquals(List.of("1 DF002"), lines(rule, "FROM eclipse-temurin:21-jdk\n"));
        assertEquals(List.of("1 DF002"), lines(rule, "FROM openjdk:21\n"));
        assertEquals(List.of("1 DF002"), lines(rule, "FROM eclipse-temurin:21\n"));
        assertEquals(List.of("2 DF002"), lines(rule, "ARG RUNTIME=gradle:8\nFROM ${RUNTIME}\n"));
    }

    @Test
    void catchesToolchainsThroughEarlierStages() {
        assertEquals(List.of("2 DF002"), lines(rule, "FROM golang:1.22 AS build\nFROM build\n"));
        assertEquals(List.of("1 DF002"), lines(rule, "FROM rust:1.80\n"));
    }

    @Test
    void catchesTheFullPythonImage() {
        assertEquals(List.of("1 DF002"), lines(rule, "FROM python:3.12\n"));
        String message = findings(rule, "FROM python:3.11-bookworm\n", LintContext.defaults()).get(0).message();
        assertTrue(message.contains("`python:3.11-slim`"), message);
    }

    @Test
    void catchesNodeInstallingDevDependencies() {
        assertEquals(List.of("1 DF002"), lines(rule, "FROM node:20\nCOPY package*.json ./\nRUN npm install\n"));
        assertEquals(List.of("1 DF002"), lines(rule, "FROM node:20-alpine\nRUN yarn install --frozen-lockfile\n"));
    }

    @Test
    void passesRuntimeImages() {
        assertEquals(List.of(), lines(rule, "FROM eclipse-temurin:21-jre\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12-slim\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12-alpine\n"));
        assertEquals(List.of(), lines(rule, "FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.21\n"));
        assertEquals(List.of(), lines(rule, "ARG RUNTIME_IMAGE=gcr.io/distroless/java17-debian12:nonroot\n"
                + "FROM ${RUNTIME_IMAGE}\n"));
        assertEquals(List.of(), lines(rule, "FROM maven:3 AS build\nFROM eclipse-temurin:21-jre\n"));
        assertEquals(List.of(), lines(rule, "FROM ${UNKNOWN}\n"));
    }

    @Test
    void passesNodeWithoutDevDependencies() {
        assertEquals(List.of(), lines(rule, "FROM node:20-slim\nRUN npm ci --omit=dev\n"));
        assertEquals(List.of(), lines(rule, "FROM node:20\nRUN npm install --production\n"));
        assertEquals(List.of(), lines(rule, "FROM node:20\nENV NODE_ENV=production\nRUN npm ci\n"));
        assertEquals(List.of(), lines(rule, "FROM node:20\nRUN npm install -g pm2 && echo 'npm install'\n"));
    }
}
