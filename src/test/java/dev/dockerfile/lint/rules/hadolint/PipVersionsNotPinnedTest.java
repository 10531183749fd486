package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipVersionsNotPinnedTest {
    private final PipVersionsNotPinned rule = new PipVersionsNotPinned();

    @Test
    void catchesUnpinnedPackages() {
        assertEquals(List.of("2 DL3013"), lines(rule, "FROM python:3.12\nRUN pip install flask\n"));
        assertEquals(List.of("2 DL3013"), lines(rule, "FROM python:3.12\nRUN pip3.12 install --no-cache-dir requests==2.32.3 flask\n"));
        assertEquals(List.of("2 DL3013"), lines(rule, "FROM python:3.12\nRUN python3 -m pip install --upgrade pip\n"));
        assertEquals(List.of("2 DL3013"), lines(rule, "FROM python:3.12\nRUN /opt/venv/bin/pip install --root-user-action=ignore black\n"));
        assertEquals(List.of("2 DL3013"), lines(rule, "FROM python:3.12\nRUN pipx install poetry\n"));
        assertEquals(List.of("2 DL3013"), lines(rule, "FROM python:3.12\nRUN python -m pip --python /opt/venv/bin/python install gunicorn\n"));
        assertEquals(List.of("2 DL3013"), lines(rule, "FROM python:3.12\nRUN pip install git+https://github.com/org/lib.git#egg=lib\n"));
        assertEquals(List.of("2 DL3013"), lines(rule, "FROM python:3.12\nRUN pip install git+ssh://git@github.com/org/lib.git\n"));
    }

    @Test
    void passesSpecifiersFilesAndOptionValues() {
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN pip install flask==3.0.3 'attrs>=23' 'idna<4' six~=1.16 x!=2\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN pip install --requirement requirements.txt -c constraints.txt\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN pip install lib --constraint https://example.org/c.txt\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN pip install . ./libs/a dist/app-1.0-py3-none-any.whl app.tar.gz\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN pip install -e . --target /opt/lib --index-url https://pypi.example/simple x==1\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN pip install git+https://github.com/org/lib.git@v1.2#egg=lib\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN pipx install --python \"$(which python3)\" poetry==1.8.5\n"));
        assertEquals(List.of(), lines(rule, "FROM python:3.12\nRUN pipenv install flask && pip download flask && pip uninstall -y six\n"));
    }
}
