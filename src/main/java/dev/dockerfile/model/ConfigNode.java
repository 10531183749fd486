package dev.dockerfile.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plugin's {@code <configuration>} as the effective POM has it (values interpolated), copied out
 * of Maven's DOM so the core can read it.
 *
 * @param value the text of a leaf element, or {@code null}
 */
public record ConfigNode(String name, String value, Map<String, String> attributes, List<ConfigNode> children) {

    public ConfigNode {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    public static ConfigNode leaf(String name, String value) {
        return new ConfigNode(name, value, Map.of(), List.of());
    }

    public static ConfigNode of(String name, ConfigNode... children) {
        return new ConfigNode(name, null, Map.of(), List.of(children));
    }

    public Optional<ConfigNode> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    public List<ConfigNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The trimmed, non-blank text at a path of child names ({@code archive/manifest/mainClass}). */
    public Optional<String> text(String... path) {
        ConfigNode node = this;
        for (String step : path) {
            Optional<ConfigNode> next = node.child(step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return node.value == null || node.value.isBlank() ? Optional.empty() : Optional.of(node.value.trim());
    }

    /** Every leaf text of this tree, depth first. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        collect(this, texts);
        return texts;
    }

    private static void collect(ConfigNode node, List<String> texts) {
        if (node.value != null && !node.value.isBlank()) {
            texts.add(node.value.trim());
        }
        node.children.forEach(c -> collect(c, texts));
    }
}
