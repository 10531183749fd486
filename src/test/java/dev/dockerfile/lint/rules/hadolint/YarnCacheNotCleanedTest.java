package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class YarnCacheNotCleanedTest {
    private final YarnCacheNotCleaned rule = new YarnCacheNotCleaned();

    @Test
    void catchesInstallsWithoutCleanInShippedStages() {
        assertEquals(List.of("2 DL3060"), lines(rule, "FROM node:20\nRUN yarn install --frozen-lockfile\n"));
        assertEquals(List.of("2 DL3060"), lines(rule, "FROM node:20\nRUN yarn cache clean && yarn add left-pad@1.3.0\n"));
        assertEquals(List.of("2 DL3060"), lines(rule, "FROM node:20 AS deps\nRUN yarn\nFROM deps\nCMD [\"node\", \"app.js\"]\n"));
        assertEquals(List.of("2 DL3060"), lines(rule,
                "FROM node:20\nRUN --mount=type=cache,target=/var/lib/other yarn install\n"));
    }

    @Test
    void passesCleanMountsAndBuilderStages() {
        assertEquals(List.of(), lines(rule, "FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n"));
        assertEquals(List.of(), lines(rule, "FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n"));
        assertEquals(List.of(), lines(rule, "FROM node:20 AS build\nRUN yarn install && yarn build\n"
                + "FROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n"));
        assertEquals(List.of(), lines(rule, "FROM node:20\nRUN yarn --version && yarn run build\n"));
    }
}
