package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultShellSymlinkedTest {
    private final DefaultShellSymlinked rule = new DefaultShellSymlinked();

    @Test
    void catchesRelinkingBinSh() {
        assertEquals(List.of("2 DL4005"), lines(rule, "FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n"));
        assertEquals(List.of("2 DL4005"), lines(rule, "FROM debian:12\nRUN rm /bin/sh && ln -s bash /bin/sh\n"));
        assertEquals(List.of("2 DL4005"), lines(rule, "FROM debian:12\nRUN ln --symbolic --force /usr/bin/zsh /usr/bin/sh\n"));
    }

    @Test
    void passesOtherLinksAndTheShellInstruction() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN ln -sf /bin/true /sbin/initctl\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN ln -s foo bar && do_something /bin/sh\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN echo ok\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nRUN ln /bin/dash /usr/local/bin/sh2 && ln -s /bin/sh /usr/local/bin/mysh\n"));
    }
}
