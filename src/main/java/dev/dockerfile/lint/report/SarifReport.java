package dev.dockerfile.lint.report;

import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SARIF 2.1.0, which code-scanning tools (GitHub, GitLab, IDEs) display. Only rules that were
 * reported are described; no timestamps, so the same findings give the same bytes.
 */
public final class SarifReport {
    private SarifReport() {
    }

    public static String render(List<FileFindings> files, List<Rule> rules, Map<String, String> extraRules) {
        Map<String, Rule> known = new TreeMap<>();
        rules.forEach(r -> known.put(r.id(), r));
        TreeMap<String, String> reported = new TreeMap<>();
        for (FileFindings file : files) {
            for (Finding f : file.findings()) {
                reported.put(f.rule(), f.rule());
            }
        }
        List<String> ruleIds = new ArrayList<>(reported.keySet());
        List<String> descriptors = new ArrayList<>();
        for (String id : ruleIds) {
            Rule rule = known.get(id);
            String summary = rule != null ? rule.summary() : extraRules.getOrDefault(id, id);
            String why = rule != null ? rule.why() : summary;
            String fix = rule != null ? rule.fix() : summary;
            String level = rule != null ? level(rule.severity()) : "error";
            descriptors.add("          {\"id\": " + Json.string(id) + ", \"name\": " + Json.string(id)
                    + ", \"shortDescription\": {\"text\": " + Json.string(summary) + "}"
                    + ", \"fullDescription\": {\"text\": " + Json.string(why) + "}"
                    + ", \"help\": {\"text\": " + Json.string(fix) + "}"
                    + ", \"defaultConfiguration\": {\"level\": " + Json.string(level) + "}}");
        }
        List<String> results = new ArrayList<>();
        for (FileFindings file : files) {
            for (Finding f : file.findings()) {
                results.add("        {\"ruleId\": " + Json.string(f.rule()) + ", \"ruleIndex\": " + ruleIds.indexOf(f.rule())
                        + ", \"level\": " + Json.string(level(f.severity())) + ", \"message\": {\"text\": "
                        + Json.string(f.message()) + "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\":"
                        + " {\"uri\": " + Json.string(file.path()) + ", \"uriBaseId\": \"%SRCROOT%\"}, \"region\":"
                        + " {\"startLine\": " + f.line() + "}}}]}");
            }
        }
        return "{\n"
                + "  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
                + "  \"version\": \"2.1.0\",\n"
                + "  \"runs\": [\n"
                + "    {\n"
                + "      \"tool\": {\n"
                + "        \"driver\": {\n"
                + "          \"name\": \"dockerfile-maven-plugin\",\n"
                + "          \"informationUri\": \"https://github.com/dockerfile-maven-plugin/dockerfile-maven-plugin\",\n"
                + "          \"rules\": [" + (descriptors.isEmpty() ? "]\n" : "\n" + String.join(",\n", descriptors.stream()
                        .map(d -> "  " + d).toList()) + "\n          ]\n")
                + "        }\n"
                + "      },\n"
                + "      \"results\": [" + (results.isEmpty() ? "]\n" : "\n" + String.join(",\n", results) + "\n      ]\n")
                + "    }\n"
                + "  ]\n"
                + "}\n";
    }

    /** SARIF knows error, warning and note. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }
}
