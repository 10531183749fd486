package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CdInsteadOfWorkdirTest {
    private final CdInsteadOfWorkdir rule = new CdInsteadOfWorkdir();

    @Test
    void catchesCdInARun() {
        assertEquals(List.of("2 DL3003"), lines(rule, "FROM debian:12\nRUN cd /opt && make\n"));
        assertEquals(List.of("2 DL3003"), lines(rule, "FROM debian:12\nRUN set -eux; \\\n  cd /usr/src/app; \\\n  make\n"));
        assertEquals(List.of("3 DL3003"), lines(rule, "FROM debian:12\nRUN true\nRUN bash -c \"cd /src && ./build\"\n"));
        assertEquals(List.of("2 DL3003"), lines(rule, "FROM debian:12\nRUN <<EOF\ncd /tmp\ntar xf a.tgz\nEOF\n"));
    }

    @Test
    void passesWorkdirAndTheWordCdAsData() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nWORKDIR /opt\nRUN make\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN echo 'cd /opt' >> /root/.bashrc\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN make -C /opt cd-image\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN [\"make\", \"cd\"]\n"));
    }
}
