package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AptGetVersionsNotPinnedTest {
    private final AptGetVersionsNotPinned rule = new AptGetVersionsNotPinned();

    @Test
    void catchesUnpinnedPackages() {
        assertEquals(List.of("2 DL3008"), lines(rule, "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n"));
        assertEquals(List.of("2 DL3008"), lines(rule, "FROM debian:12\nRUN apt-get install -y \\\n    git=1:2.39.5-0+deb12u1 \\\n"
                + "    # comment lines inside a continuation are dropped\n    make\n"));
        assertEquals(List.of("3 DL3008"), lines(rule, "FROM debian:12\nRUN true\nRUN /usr/bin/apt-get -o Dpkg::Use-Pty=0 install -y tini\n"));
        assertEquals(List.of("2 DL3008"), lines(rule, "FROM debian:12\nRUN apt-get install -y -t bookworm-backports golang\n"));
    }

    @Test
    void theMessageNamesThePackages() {
        var findings = dev.dockerfile.lint.RuleAssert.findings(rule, "FROM debian:12\nRUN apt-get install -y curl wget=1.21 jq\n",
                dev.dockerfile.lint.LintContext.defaults());
        assertEquals(1, findings.size());
        org.junit.jupiter.api.Assertions.assertTrue(findings.get(0).message().startsWith(
                "apt-get install without a version for curl, jq."), findings.get(0).message());
    }

    @Test
    void passesPinnedPackagesFilesAndOptionValues() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get install -y ./tool_1.0_amd64.deb /tmp/other.deb\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get install -y -t bookworm-backports golang=2:1.21~2\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get install -y \"python3=${PY_VERSION}\" $EXTRA_PACKAGES\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN apt-get update && apt-get upgrade -y && apt-get remove -y curl\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN echo 'apt-get install curl' > /notes\n"));
    }
}
