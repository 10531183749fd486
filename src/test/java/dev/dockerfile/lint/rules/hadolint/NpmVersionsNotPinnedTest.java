package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NpmVersionsNotPinnedTest {
    private final NpmVersionsNotPinned rule = new NpmVersionsNotPinned();

    @Test
    void catchesUnpinnedPackages() {
        assertEquals(List.of("2 DL3016"), lines(rule, "FROM node:20\nRUN npm install express\n"));
        assertEquals(List.of("2 DL3016"), lines(rule, "FROM node:20\nRUN npm install -g @angular/cli sax@1.4.1\n"));
        assertEquals(List.of("2 DL3016"), lines(rule, "FROM node:20\nRUN npm i --registry https://registry.example.org express@latest\n"));
        assertEquals(List.of("2 DL3016"), lines(rule, "FROM node:20\nRUN npm install git+https://github.com/npm/cli.git\n"));
    }

    @Test
    void passesVersionsLockFilesAndLocalSources() {
        assertEquals(List.of(), lines(rule, "FROM node:20\nRUN npm ci --omit=dev\n"));
        assertEquals(List.of(), lines(rule, "FROM node:20\nRUN npm install && npm install --progress=false\n"));
        assertEquals(List.of(), lines(rule, "FROM node:20\nRUN npm install -g npm@10.8.2 @myorg/tool@\">=1.0.0 <2.0.0\"\n"));
        assertEquals(List.of(), lines(rule, "FROM node:20\nRUN npm install ./lib ../shared /opt/pkg ~/pkg app-1.0.0.tgz\n"));
        assertEquals(List.of(), lines(rule, "FROM node:20\nRUN npm install git+ssh://git@github.com:npm/cli.git#v10.8.2 expressjs/express#4.19.2\n"));
        assertEquals(List.of(), lines(rule, "FROM node:20\nRUN npm run --silent install && npm --loglevel warn install sax@1.4.1\n"));
    }
}
