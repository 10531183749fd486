package dev.dockerfile.lint.rules.hadolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.Corpus;
import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.DockerfileParseException;
import dev.dockerfile.parse.DockerfileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shell rules on the 347 Dockerfiles of Docker's official images in ../shared/corpus: no rule throws,
 * Windows (PowerShell, cmd) RUNs are left alone, and known findings of real files are reported exactly.
 */
class HadolintShellRulesCorpusTest {
    @Test
    void everyRuleReadsEveryOfficialDockerfile() throws IOException {
        List<Path> files = Corpus.files();
        assertTrue(files.size() >= 347, "expected the whole corpus, read " + files.size());
        Map<String, Integer> perRule = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        List<String> windowsFindings = new ArrayList<>();
        for (Path file : files) {
            Dockerfile dockerfile;
            try {
                dockerfile = DockerfileParser.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (DockerfileParseException e) {
                continue; // The parser's own corpus test reports these.
            }
            for (Rule rule : HadolintShellRules.all()) {
                Findings findings = new Findings();
                try {
                    rule.check(dockerfile, LintContext.defaults(), findings);
                } catch (RuntimeException e) {
                    errors.add(rule.id() + " on " + Corpus.DIR.relativize(file) + ": " + e);
                    continue;
                }
                for (Finding finding : findings.sorted()) {
                    perRule.merge(finding.rule(), 1, Integer::sum);
                    if (file.toString().contains("windows")) {
                        windowsFindings.add(Corpus.DIR.relativize(file) + ":" + finding.line() + " " + finding.rule());
                    }
                }
            }
        }
        System.out.println("shell rules on the corpus: " + files.size() + " files, findings per rule " + perRule);
        assertEquals(List.of(), errors);
        assertEquals(List.of(), windowsFindings);
    }

    @Test
    void temurinOnUbuntuIsReportedExactly() throws Exception {
        Path file = Corpus.file("adoptium-containers/21/jdk/ubuntu/noble/Dockerfile");
        // 28: apt-get install without versions; 56: pipes (sha256sum, sort) without pipefail. The downloads use
        // wget --progress, the apt lists are deleted, and `curl` is only installed, never run.
        assertEquals(List.of("28 DL3008", "56 DL4006"), lines(file));
    }

    @Test
    void correttoWithYumIsReportedExactly() throws Exception {
        Path file = Corpus.file("carlossg-docker-maven/amazoncorretto-11/Dockerfile");
        // RUN yum install -y tar which gzip # TODO remove / RUN yum install -y openssh-clients findutils
        assertEquals(List.of("6 DL3032", "6 DL3033", "7 DL3032", "7 DL3033"), lines(file));
    }

    @Test
    void nodeOnAlpineIsReportedExactly() throws Exception {
        Path file = Corpus.file("nodejs-docker-node/22/alpine3.23/Dockerfile");
        // 5: cd into the source tree, unpinned apk add (all with --no-cache), `| sha256sum`; 84: unpinned apk add.
        assertEquals(List.of("5 DL3003", "5 DL3018", "5 DL4006", "84 DL3018"), lines(file));
    }

    private static List<String> lines(Path file) throws Exception {
        Dockerfile dockerfile = DockerfileParser.parse(Files.readString(file, StandardCharsets.UTF_8));
        Findings findings = new Findings();
        for (Rule rule : HadolintShellRules.all()) {
            rule.check(dockerfile, LintContext.defaults(), findings);
        }
        return findings.sorted().stream().map(f -> f.line() + " " + f.rule()).toList();
    }
}
