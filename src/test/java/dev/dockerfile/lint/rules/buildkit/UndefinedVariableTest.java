package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndefinedVariableTest {
    private final UndefinedVariable rule = new UndefinedVariable();

    private String message(String dockerfile) {
        return findings(rule, dockerfile, LintContext.defaults()).get(0).message();
    }

    @Test
    void catchesUndeclaredVariables() {
        assertEquals(List.of("2 UndefinedVar"), lines(rule, "FROM alpine AS base\nCOPY $foo .\n"));
        assertEquals(List.of("2 UndefinedVar"), lines(rule, "FROM alpine AS base\nARG VERSION=$foo\n"));
        assertEquals(List.of("2 UndefinedVar"), lines(rule, "FROM alpine\nUSER ${APP_UID}\n"));
        assertEquals(List.of("2 UndefinedVar"), lines(rule, "FROM alpine\nCOPY --chown=$OWNER a /b\n"));
        assertEquals(List.of("2 UndefinedVar", "2 UndefinedVar"), lines(rule, "FROM alpine\nLABEL a=$ONE b=${TWO}\n"));
    }

    @Test
    void suggestsTheVariableATypoMeant() {
        assertEquals(List.of("2 UndefinedVar"), lines(rule, "FROM alpine\nENV PATH=$PAHT:/app/bin\n"));
        assertTrue(message("FROM alpine\nENV PATH=$PAHT:/app/bin\n").contains("did you mean $PATH?"));
    }

    @Test
    void aGlobalArgMustBeDeclaredAgainInTheStage() {
        assertEquals(List.of("3 UndefinedVar"), lines(rule, "ARG RELEASE=1\nFROM alpine\nLABEL v=$RELEASE\n"));
        assertTrue(message("ARG RELEASE=1\nFROM alpine\nLABEL v=$RELEASE\n").contains("add `ARG RELEASE`"));
        assertEquals(List.of(), lines(rule, "ARG RELEASE=1\nFROM alpine\nARG RELEASE\nLABEL v=$RELEASE\n"));
    }

    @Test
    void catchesVariablesOfOtherStagesAndOfTheSameEnv() {
        assertEquals(List.of("4 UndefinedVar"),
                lines(rule, "FROM alpine AS a\nENV APPDIR=/app\nFROM alpine\nWORKDIR $APPDIR\n"));
        assertEquals(List.of("2 UndefinedVar"), lines(rule, "FROM scratch\nENV A=1 B=$A\n"));
        assertEquals(List.of(), lines(rule, "FROM scratch\nARG A=1 B=$A\n"));
    }

    @Test
    void imageVariablesAreAcceptedOnlyOnARealBaseImage() {
        assertEquals(List.of(), lines(rule, "FROM python AS base\nARG VERSION=$PYTHON_VERSION\nWORKDIR $JAVA_HOME\n"));
        assertEquals(List.of("2 UndefinedVar"), lines(rule, "FROM scratch\nWORKDIR $JAVA_HOME\n"));
    }

    @Test
    void passesDeclaredPredefinedAndInheritedVariables() {
        assertEquals(List.of(), lines(rule, "FROM alpine AS base\nARG foo\nCOPY $foo .\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nLABEL arch=$TARGETARCH proxy=$HTTP_PROXY\n"));
        assertEquals(List.of(), lines(rule, "FROM scratch\nENV PATH=/x:$PATH\nWORKDIR $HOME\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1 \\\n"
                + "    PATH=\"/opt/venv/bin:$PATH\"\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine AS base\nENV APPDIR=/app\nARG REV=1\n"
                + "FROM base\nWORKDIR $APPDIR\nLABEL rev=$REV\n"));
    }

    @Test
    void passesEscapedQuotedAndDefaultedReferences() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nENV A=\"\\$NOPE \\\"quoted\\\" \\\\\" \\\n    B='$x'\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nENV A=${NOPE:-x} B=${NOPE2:+y} C=${NOPE3-z}\n"));
    }

    @Test
    void leavesShellInstructionsToTheShell() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nRUN echo $undefined\nCMD echo $nope\n"
                + "ENTRYPOINT [\"sh\", \"-c\", \"$X\"]\nHEALTHCHECK CMD curl $URL\n"));
    }
}
