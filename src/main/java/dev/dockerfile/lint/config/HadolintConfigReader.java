package dev.dockerfile.lint.config;

import dev.dockerfile.lint.RuleIds;
import dev.dockerfile.lint.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the {@code .hadolint.yaml} users already have: {@code ignored}, {@code override}
 * (error/warning/info/style lists), {@code failure-threshold}, {@code no-fail}, {@code trustedRegistries},
 * {@code label-schema} and {@code strict-labels}. Keys this plugin does not use ({@code format},
 * {@code no-color}) are accepted and ignored. A malformed file, an unknown level or label type is an
 * error naming the file and line; a rule id that names no rule is a warning (see {@link LoadedConfig}).
 */
public final class HadolintConfigReader {
    public static final List<String> FILE_NAMES = List.of(".hadolint.yaml", ".hadolint.yml");

    private final Path file;
    private final RuleIds ids;
    private final List<String> warnings = new ArrayList<>();

    private HadolintConfigReader(Path file, RuleIds ids) {
        this.file = file;
        this.ids = ids;
    }

    /** The nearest configuration file in {@code directory} or one of its parents. */
    public static Optional<Path> find(Path directory) {
        for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            for (String name : FILE_NAMES) {
                if (Files.isRegularFile(dir.resolve(name))) {
                    return Optional.of(dir.resolve(name));
                }
            }
        }
        return Optional.empty();
    }

    /** @param ids the ids the rule ids in the file are held against */
    public static LoadedConfig read(Path file, RuleIds ids) throws LintConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LintConfigException(file + ": cannot be read: " + e.getMessage());
        }
        HadolintConfigReader reader = new HadolintConfigReader(file, ids);
        LintConfig config = reader.settings(YamlDocument.parse(file, text));
        return new LoadedConfig(config, reader.warnings);
    }

    private LintConfig settings(Node root) throws LintConfigException {
        Set<String> ignored = new HashSet<>();
        Map<String, Severity> overrides = new HashMap<>();
        Severity threshold = null;
        boolean noFail = false;
        Set<String> registries = new HashSet<>();
        Map<String, String> labelSchema = new HashMap<>();
        Boolean strictLabels = null;
        for (NodeTuple setting : entries(root, "the file", "a map of settings such as 'ignored:'")) {
            String key = scalar(setting.getKeyNode(), "a setting's name");
            Node value = setting.getValueNode();
            switch (key) {
                case "ignored" -> ignored.addAll(ruleIds(value, key));
                case "override" -> overrides(value, overrides);
                case "failure-threshold" -> threshold = severity(value, key, scalar(value, "'" + key + "'"));
                case "no-fail" -> noFail = bool(value, key);
                case "trustedRegistries" -> registries.addAll(strings(value, key));
                case "label-schema" -> labelSchema(value, labelSchema);
                case "strict-labels" -> strictLabels = bool(value, key);
                default -> {
                    // hadolint's output settings (format, no-color, ...) mean nothing to a Maven build.
                }
            }
        }
        return new LintConfig(ignored, overrides, noFail ? Severity.NONE : threshold, registries, labelSchema,
                strictLabels);
    }

    private void overrides(Node node, Map<String, Severity> overrides) throws LintConfigException {
        for (NodeTuple level : entries(node, "'override'", "a map of error/warning/info/style to lists of rule ids")) {
            String name = scalar(level.getKeyNode(), "a level");
            Severity severity = severity(level.getKeyNode(), "override." + name, name);
            ruleIds(level.getValueNode(), "override." + name).forEach(id -> overrides.put(id, severity));
        }
    }

    private void labelSchema(Node node, Map<String, String> schema) throws LintConfigException {
        for (NodeTuple label : entries(node, "'label-schema'", "a map of label names to types")) {
            String name = scalar(label.getKeyNode(), "a label name");
            schema.put(name, labelType(label.getValueNode(), name));
        }
    }

    /** The map's entries; a key written twice is an error, since YAML would silently keep only the last. */
    private List<NodeTuple> entries(Node node, String what, String shape) throws LintConfigException {
        if (isEmpty(node)) {
            return List.of();
        }
        if (!(node instanceof MappingNode map)) {
            throw error(node, what + " must be " + shape);
        }
        Set<String> keys = new HashSet<>();
        for (NodeTuple entry : map.getValue()) {
            String key = scalar(entry.getKeyNode(), "a key");
            if (!keys.add(key)) {
                throw error(entry.getKeyNode(), "'" + key + "' is set twice in " + what + ": keep one");
            }
        }
        return map.getValue();
    }

    private List<String> strings(Node node, String key) throws LintConfigException {
        if (isEmpty(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, "'" + key + "' must be a list");
        }
        List<String> strings = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            strings.add(scalar(item, "an item of '" + key + "'"));
        }
        return strings;
    }

    /** The list's ids; one that names no rule is kept (harmless) and warned about with its line. */
    private List<String> ruleIds(Node node, String key) throws LintConfigException {
        List<String> list = strings(node, key);
        if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < list.size(); i++) {
                Node item = sequence.getValue().get(i);
                ids.problem(list.get(i)).ifPresent(p -> warnings.add(file + ": " + YamlDocument.where(item) + "'"
                        + key + "': " + p));
            }
        }
        return list;
    }

    private Severity severity(Node node, String key, String value) throws LintConfigException {
        return Severity.fromId(value).orElseThrow(() -> error(node, "'" + key + "' has the level '" + value
                + "': use error, warning, info, style or none"));
    }

    private String labelType(Node node, String label) throws LintConfigException {
        String type = scalar(node, "the type of label '" + label + "'");
        if (!LintConfig.LABEL_TYPES.contains(type)) {
            throw error(node, "label '" + label + "' has the type '" + type + "': use one of "
                    + String.join(", ", new TreeSet<>(LintConfig.LABEL_TYPES)));
        }
        return type;
    }

    private boolean bool(Node node, String key) throws LintConfigException {
        String value = scalar(node, "'" + key + "'").toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw error(node, "'" + key + "' is '" + value + "': use true or false");
        }
        return value.equals("true");
    }

    /** {@code ignored:} or {@code override:} with nothing after it: YAML's null: none, as if the key were absent. */
    private static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar && scalar.getValue().isEmpty();
    }

    /** Levels, ids, registries and label types are all single words, never lists or maps. */
    private String scalar(Node node, String what) throws LintConfigException {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().strip();
        }
        throw error(node, what + " must be a single value, not a list or a map");
    }

    private LintConfigException error(Node node, String message) {
        return new LintConfigException(file + ": " + YamlDocument.where(node) + message);
    }
}
