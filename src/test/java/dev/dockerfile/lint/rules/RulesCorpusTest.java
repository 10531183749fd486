package dev.dockerfile.lint.rules;

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
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No rule throws on odd input or on the Docker official images' Dockerfiles (findings are fine; their counts are printed). */
class RulesCorpusTest {
    /** Inputs the parser accepts but that look nothing like a normal Dockerfile. */
    static final List<String> ODD_INPUTS = List.of("FROM\n", "FROM --platform= \nCOPY\nADD .\nUSER\nEXPOSE\n",
            "WORKDIR\nARG\nONBUILD\nCMD\nENTRYPOINT\nRUN\nSHELL\nVOLUME\n", "FROM ${\nLABEL a=${b\nENV c=$\n",
            "FROM $\nWORKDIR $\nUSER ${:-}\nEXPOSE :/\n", "ARG A=${B:-${C\nFROM ${A}${\n",
            "FROM a AS\nFROM AS b\nCOPY --from= . .\nRUN --mount= x\n", "ONBUILD ONBUILD RUN x\nonbuild copy . .\n",
            "FROM scratch AS scratch\nFROM scratch\nUSER :\nUSER \"\"\n", "RUN x \\\n\n\nFROM a\n",
            "FROM a\nRUN <<EOF\nEOF\nCOPY <<A <<B /x\na\nA\nb\nB\n", "FROM a\nCOPY [\"a\"]\nADD [] x\nENV a b\n",
            "FROM a\nRUN sudo\nRUN sudo -u\nRUN python -m pip\nRUN npm\nRUN apt-get\nRUN pip install\n");

    @Test
    void rulesDoNotThrowOnOddInput() {
        List<String> errors = new ArrayList<>();
        int parsed = 0;
        for (String text : ODD_INPUTS) {
            Dockerfile dockerfile;
            try {
                dockerfile = DockerfileParser.parse(text);
            } catch (DockerfileParseException e) {
                continue;
            }
            parsed++;
            for (Rule rule : Rules.all()) {
                try {
                    rule.check(dockerfile, new LintContext(Set.of(), false), new Findings());
                } catch (RuntimeException e) {
                    errors.add(rule.id() + " threw " + e + " on " + text.replace("\n", "\\n"));
                }
            }
        }
        assertEquals(List.of(), errors);
        assertTrue(parsed >= ODD_INPUTS.size() / 2, "only " + parsed + " odd inputs parse");
    }

    @Test
    void rulesDoNotThrowOnOfficialImages() throws IOException {
        List<Path> files = Corpus.files();
        List<String> errors = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        int parsed = 0;
        for (Path file : files) {
            Dockerfile dockerfile;
            try {
                dockerfile = DockerfileParser.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (DockerfileParseException e) {
                continue;
            }
            parsed++;
            for (Rule rule : Rules.all()) {
                try {
                    Findings findings = new Findings();
                    rule.check(dockerfile, new LintContext(Set.of(), false), findings);
                    for (Finding finding : findings.sorted()) {
                        counts.merge(finding.rule(), 1, Integer::sum);
                        if (Boolean.getBoolean("corpus.print")) {
                            System.out.println(Corpus.DIR.relativize(file) + ":" + finding.line() + " " + finding.rule()
                                    + " " + finding.message());
                        }
                    }
                } catch (RuntimeException e) {
                    errors.add(Corpus.DIR.relativize(file) + ": " + rule.id() + " threw " + e);
                }
            }
        }
        System.out.printf("all rules on corpus: %d files, findings %s%n", parsed, counts);
        assertEquals(List.of(), errors);
        assertTrue(parsed >= 347, "expected the whole corpus, read " + parsed);
    }
}
