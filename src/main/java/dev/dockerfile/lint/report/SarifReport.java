package dev.dockerfile.lint.report;

import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.RuleOrigin;
import dev.dockerfile.lint.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * SARIF 2.1.0, which code-scanning tools (GitHub, GitLab, IDEs) display. Only rules that were
 * reported are described, each with its summary, why, fix and documentation page ({@code helpUri});
 * no timestamps, so the same findings give the same bytes.
 */
public final class SarifReport {
    private SarifReport() {
    }

    public static String render(List<FileFindings> files, List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        try {
            write(files, rules, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Streams the report (see {@link JsonReport#write}). */
    public static void write(List<FileFindings> files, List<Rule> rules, Appendable out) throws IOException {
        Map<String, Rule> known = new TreeMap<>();
        rules.forEach(r -> known.put(r.id(), r));
        TreeSet<String> reported = new TreeSet<>();
        for (FileFindings file : files) {
            for (Finding f : file.findings()) {
                reported.add(f.rule());
            }
        }
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<String> ruleIds = new ArrayList<>(reported);
        out.append("{\n"
                + "  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
                + "  \"version\": \"2.1.0\",\n"
                + "  \"runs\": [\n"
                + "    {\n"
                + "      \"tool\": {\n"
                + "        \"driver\": {\n"
                + "          \"name\": \"dockerfile-maven-plugin\",\n"
                + "          \"informationUri\": " + Json.string(RuleOrigin.PROJECT_URL) + ",\n"
                + "          \"rules\": [");
        for (String id : ruleIds) {
            ruleIndex.put(id, ruleIndex.size());
            // Not a rule of the list: findings of an outside tool (ShellCheck), and tests of the format itself.
            Rule rule = known.get(id);
            String summary = rule != null ? rule.summary() : id;
            out.append(ruleIndex.size() == 1 ? "\n" : ",\n").append("            {\"id\": ");
            Json.string(id, out);
            out.append(", \"name\": ");
            Json.string(id, out);
            out.append(", \"shortDescription\": {\"text\": ");
            Json.string(summary, out);
            out.append("}, \"fullDescription\": {\"text\": ");
            Json.string(rule != null ? rule.why() : summary, out);
            out.append("}, \"help\": {\"text\": ");
            Json.string(rule != null ? rule.fix() : summary, out);
            // Every id has a page, ShellCheck's SC findings (from outside any rule) too.
            out.append("}, \"helpUri\": ");
            Json.string(RuleOrigin.ofId(id).documentationUrl(id), out);
            out.append(", \"defaultConfiguration\": {\"level\": ");
            Json.string(rule != null ? level(rule.severity()) : "error", out);
            out.append("}}");
        }
        out.append(ruleIds.isEmpty() ? "]\n" : "\n          ]\n")
                .append("        }\n")
                .append("      },\n")
                .append("      \"results\": [");
        boolean first = true;
        for (FileFindings file : files) {
            for (Finding f : file.findings()) {
                out.append(first ? "\n" : ",\n").append("        {\"ruleId\": ");
                first = false;
                Json.string(f.rule(), out);
                out.append(", \"ruleIndex\": ").append(String.valueOf(ruleIndex.get(f.rule()))).append(", \"level\": ");
                Json.string(level(f.severity()), out);
                out.append(", \"message\": {\"text\": ");
                Json.string(f.message(), out);
                out.append("}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ");
                Json.string(file.path(), out);
                out.append(", \"uriBaseId\": \"%SRCROOT%\"}, \"region\": {\"startLine\": ")
                        .append(String.valueOf(f.line())).append("}}}]}");
            }
        }
        out.append(first ? "]\n" : "\n      ]\n")
                .append("    }\n")
                .append("  ]\n")
                .append("}\n");
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
