package dev.dockerfile.lint.config;

import java.nio.file.Path;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A configuration file read with SnakeYAML Engine (YAML 1.2, as hadolint reads it) into nodes, which
 * keep their lines for the messages. Nodes are never constructed into Java objects, so no tag can
 * instantiate a type; aliases and the file's size are capped, so a few lines cannot expand into
 * gigabytes (a "billion laughs"); {@code ${VAR}} substitution stays off (the engine's default).
 */
final class YamlDocument {
    /** A hundred times the largest .hadolint.yaml anyone writes. */
    private static final int MAX_CODE_POINTS = 256 * 1024;
    /** Real files use none; a few reuse a list once or twice. */
    private static final int MAX_ALIASES = 20;

    private YamlDocument() {
    }

    /** The top-level node of {@code text} (an empty map for an empty file); a syntax error names the line. */
    static Node parse(Path file, String text) throws LintConfigException {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(MAX_ALIASES).build();
        try {
            return new Compose(settings).composeString(text)
                    .orElseGet(() -> new MappingNode(Tag.MAP, List.of(), FlowStyle.AUTO));
        } catch (MarkedYamlEngineException e) {
            // The problem's line can be the one after the mistake ("could not find expected ':'" at the end of
            // the stream), so the line of what was being read comes too.
            String context = e.getContext() == null ? "" : " (" + e.getContext()
                    + e.getContextMark().map(m -> " at line " + line(m)).orElse("") + ")";
            throw new LintConfigException(file + ": " + e.getProblemMark().map(m -> "line " + line(m) + ": ").orElse("")
                    + e.getProblem() + context + ": this is not YAML; fix the syntax there");
        } catch (YamlEngineException e) {
            throw new LintConfigException(file + ": " + e.getMessage());
        }
    }

    /** {@code line 4: }, the start of every message about a node. */
    static String where(Node node) {
        return node.getStartMark().map(m -> "line " + line(m) + ": ").orElse("");
    }

    private static int line(Mark mark) {
        return mark.getLine() + 1;
    }
}
