package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipCacheNotDisabledTest {
    private final PipCacheNotDisabled rule = new PipCacheNotDisabled();

    @Test
    void catchesPipInstallThatCaches() {
        assertEquals(List.of("2 DL3042"), lines(rule, "FROM python:3.12\nRUN pip install flask==3.0.3\n"));
        assertEquals(List.of("2 DL3042"), lines(rule, "FROM python:3.12\nRUN python -m pip install -r requirements.txt\n"));
        assertEquals(List.of("2 DL3042"), lines(rule,
                "FROM python:3.12\nRUN python -m pip --python /opt/venv/bin/python install -r requirements.txt\n"));
        assertEquals(List.of("3 DL3042"), lines(rule, "FROM python:3.12\nENV PIP_NO_CACHE_DIR=off\nRUN pip3 install -r r.txt\n"));
        assertEquals(List.of("2 DL3042"), lines(rule, "FROM python:3.12\nRUN PIP_NO_CACHE_DIR=0 pip install -r r.txt\n"));
        // ENV of a stage this one is not built FROM does not apply.
        assertEquals(List.of("4 DL3042"), lines(rule, "FROM python:3.12 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install -r r.txt\n"));
    }

    @Test
    void passesNoCacheDirEnvAndMounts() {
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nENV PIP_DISABLE_PIP_VERSION_CHECK=1 \\\n    PIP_NO_CACHE_DIR=1\n"
                + "RUN /opt/venv/bin/pip install -r requirements.txt\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=true\nFROM base\nRUN pip install -r r.txt\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN PIP_NO_CACHE_DIR=yes pip install -r r.txt\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN export PIP_NO_CACHE_DIR=on && pip install -r r.txt\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r r.txt\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip \\\n"
                + "    python -m pip --python /opt/venv/bin/python install -r requirements.txt\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN pipx install poetry==1.8.5 && pipenv install\n"));
    }
}
