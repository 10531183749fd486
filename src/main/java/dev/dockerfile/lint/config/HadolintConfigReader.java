package dev.dockerfile.lint.config;

import dev.dockerfile.lint.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code .hadolint.yaml} users already have: {@code ignored}, {@code override}
 * (error/warning/info/style lists), {@code failure-threshold}, {@code trustedRegistries}. Keys
 * this plugin does not use ({@code format}, {@code no-color}, label-schema settings) are accepted
 * and ignored; an unknown severity or a malformed file is an error naming the file and line.
 */
public final class HadolintConfigReader {
    public static final List<String> FILE_NAMES = List.of(".hadolint.yaml", ".hadolint.yml");

    private HadolintConfigReader() {
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

    public static LintConfig read(Path file) throws LintConfigException {
        Map<String, Object> yaml;
        try {
            yaml = MiniYaml.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LintConfigException(file + ": cannot be read: " + e.getMessage());
        } catch (MiniYaml.YamlException e) {
            throw new LintConfigException(file + ": " + e.getMessage());
        }
        Set<String> ignored = new HashSet<>(strings(file, yaml, "ignored"));
        Map<String, Severity> overrides = new HashMap<>();
        Object override = yaml.get("override");
        if (override instanceof Map<?, ?> levels) {
            for (Map.Entry<?, ?> level : levels.entrySet()) {
                Severity severity = severity(file, "override." + level.getKey(), String.valueOf(level.getKey()));
                for (String rule : list(file, "override." + level.getKey(), level.getValue())) {
                    overrides.put(rule, severity);
                }
            }
        } else if (override != null) {
            throw new LintConfigException(file + ": 'override' must map error/warning/info/style to lists of rule ids");
        }
        Severity threshold = null;
        Object failure = yaml.get("failure-threshold");
        if (failure != null) {
            threshold = severity(file, "failure-threshold", String.valueOf(failure));
        }
        if ("true".equals(String.valueOf(yaml.get("no-fail")))) {
            threshold = Severity.NONE;
        }
        Set<String> registries = new HashSet<>(strings(file, yaml, "trustedRegistries"));
        return new LintConfig(ignored, overrides, threshold, registries);
    }

    private static Severity severity(Path file, String key, String value) throws LintConfigException {
        return Severity.fromId(value).orElseThrow(() -> new LintConfigException(file + ": '" + key + "' has the level '"
                + value + "': use error, warning, info, style or none"));
    }

    private static List<String> strings(Path file, Map<String, Object> yaml, String key) throws LintConfigException {
        return list(file, key, yaml.get(key));
    }

    private static List<String> list(Path file, String key, Object value) throws LintConfigException {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new LintConfigException(file + ": '" + key + "' must be a list");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : items) {
            strings.add(String.valueOf(item).strip());
        }
        return strings;
    }
}
