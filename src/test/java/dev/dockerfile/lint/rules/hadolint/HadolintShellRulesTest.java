package dev.dockerfile.lint.rules.hadolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.DockerfileParser;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HadolintShellRulesTest {
    @Test
    void registersEveryShellRuleWithHadolintsDefaultSeverity() {
        Map<String, Severity> expected = new TreeMap<>();
        for (String id : new String[] {"DL3001", "DL3009", "DL3015", "DL3019", "DL3047", "DL3060"}) {
            expected.put(id, Severity.INFO);
        }
        expected.put("DL3004", Severity.ERROR);
        for (String id : new String[] {"DL3003", "DL3008", "DL3013", "DL3014", "DL3016", "DL3018", "DL3027", "DL3028",
            "DL3030", "DL3032", "DL3033", "DL3034", "DL3035", "DL3036", "DL3037", "DL3038", "DL3040", "DL3041", "DL3042",
            "DL3046", "DL3062", "DL4001", "DL4005", "DL4006"}) {
            expected.put(id, Severity.WARNING);
        }
        Map<String, Severity> actual = new TreeMap<>();
        for (Rule rule : HadolintShellRules.all()) {
            assertEquals(null, actual.put(rule.id(), rule.severity()), "duplicate " + rule.id());
            assertFalse(rule.summary().isBlank() || rule.why().isBlank() || rule.fix().isBlank(), rule.id());
        }
        assertEquals(expected, actual);
    }

    @Test
    void noRuleThrowsOnOddRuns() throws Exception {
        List<String> odd = List.of("RUN", "RUN \"\"", "RUN ''", "RUN apt-get", "RUN apt-get install", "RUN apk add",
                "RUN useradd -u", "RUN useradd --uid=", "RUN go", "RUN go run", "RUN ln -s", "RUN sh -c", "RUN bash -o",
                "RUN yum install -y -", "RUN dnf module install", "RUN zypper -t", "RUN npm install @", "RUN gem install -v",
                "RUN pip install git+https://", "RUN wget -", "RUN rm -rf", "RUN > x", "RUN | |", "RUN && ;; ||",
                "RUN $(", "RUN `", "RUN \"unterminated", "RUN --mount= x", "RUN --mount=type=cache x", "RUN []",
                "RUN [\"\"]", "SHELL []\nRUN a | b", "ONBUILD", "ONBUILD RUN", "RUN <<EOF\n#!\nEOF",
                "RUN <<EOF\n#!/usr/bin/env\nEOF", "RUN python -m", "RUN python -m pip", "RUN sudo", "RUN env -u",
                "RUN xargs", "RUN timeout 5", "RUN gosu", "RUN yarn cache", "RUN set -o");
        for (String body : odd) {
            Dockerfile dockerfile = DockerfileParser.parse("FROM debian:12\n" + body + "\n");
            for (Rule rule : HadolintShellRules.all()) {
                rule.check(dockerfile, LintContext.defaults(), new Findings());
            }
        }
        // A file of only ARGs (no stage) has no RUN to read.
        Dockerfile argsOnly = DockerfileParser.parse("ARG A=1\n");
        for (Rule rule : HadolintShellRules.all()) {
            rule.check(argsOnly, LintContext.defaults(), new Findings());
        }
    }
}
