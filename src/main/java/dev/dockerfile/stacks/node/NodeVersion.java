package dev.dockerfile.stacks.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Node.js version the image runs: a pin from {@code .nvmrc} or {@code .node-version} (what the
 * developers run), else the newest line {@code engines.node} allows, preferring the LTS line, else
 * that LTS line.
 */
final class NodeVersion {
    /** The LTS line used when the project says nothing: active LTS until October 2026, maintained until April 2028. */
    static final int DEFAULT_MAJOR = 24;
    /** {@code lts/<codename>} in .nvmrc. */
    private static final Map<String, Integer> LTS_CODENAMES = Map.ofEntries(Map.entry("argon", 4),
            Map.entry("boron", 6), Map.entry("carbon", 8), Map.entry("dubnium", 10), Map.entry("erbium", 12),
            Map.entry("fermium", 14), Map.entry("gallium", 16), Map.entry("hydrogen", 18), Map.entry("iron", 20),
            Map.entry("jod", 22), Map.entry("krypton", 24));
    private static final Pattern PIN = Pattern.compile("v?([1-9][0-9]?)(?:\\.([0-9]+)(?:\\.([0-9]+))?)?");
    private static final Pattern COMPARATOR = Pattern.compile("(>=|<=|>|<|=|\\^|~)?\\s*v?([0-9]+|[xX*])(?:\\.[0-9xX*]+)*");

    private NodeVersion() {
    }

    /**
     * @param tag the image tag's version part: {@code 22}, {@code 20.11.1}
     * @param major the major version, which decides what the image can do
     */
    record Chosen(String tag, int major, String reason) {
    }

    /** A pin from a version file: {@code v20.11.1}, {@code 20}, {@code lts/iron}; empty when unreadable. */
    static Optional<Chosen> fromPin(String content, String file) {
        String value = content.strip();
        if (value.startsWith("lts/")) {
            Integer major = LTS_CODENAMES.get(value.substring(4).toLowerCase(java.util.Locale.ROOT));
            int chosen = major == null ? DEFAULT_MAJOR : major;
            return Optional.of(new Chosen(String.valueOf(chosen), chosen, "Node.js " + chosen + " from " + file
                    + " (" + value + ")"));
        }
        Matcher m = PIN.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        int major = Integer.parseInt(m.group(1));
        // A full version is a pin the image keeps; a major (or major.minor) is a line.
        String tag = m.group(3) != null ? major + "." + m.group(2) + "." + m.group(3) : String.valueOf(major);
        return Optional.of(new Chosen(tag, major, "Node.js " + tag + " from " + file));
    }

    /** The major a semver range allows, preferring {@link #DEFAULT_MAJOR}; empty when it cannot be read. */
    static Optional<Chosen> fromRange(String range) {
        List<Integer> candidates = new ArrayList<>();
        for (String alternative : range.split("\\|\\|")) {
            // A hyphen range "18 - 20" is ">=18 <=20".
            alternative = alternative.replaceAll("([0-9][0-9.xX*]*)\\s+-\\s+([0-9])", ">=$1 <=$2");
            int low = 0;
            int high = Integer.MAX_VALUE;
            Matcher m = COMPARATOR.matcher(alternative.trim());
            boolean any = false;
            while (m.find()) {
                if (m.group().isBlank()) {
                    continue;
                }
                any = true;
                String op = m.group(1) == null ? "" : m.group(1);
                if (!m.group(2).matches("[0-9]+")) {
                    continue; // x or *: no bound
                }
                int n = Integer.parseInt(m.group(2));
                switch (op) {
                    case ">=", ">" -> low = Math.max(low, n);
                    case "<" -> high = Math.min(high, m.group().matches("[<]\\s*v?[0-9]+(\\.0)*") ? n - 1 : n);
                    case "<=" -> high = Math.min(high, n);
                    default -> {
                        low = Math.max(low, n);
                        high = Math.min(high, n);
                    }
                }
            }
            if (!any || low > high) {
                continue;
            }
            if (DEFAULT_MAJOR >= low && DEFAULT_MAJOR <= high) {
                candidates.add(DEFAULT_MAJOR);
            } else if (high < DEFAULT_MAJOR) {
                // The newest line allowed, an even (LTS) one when the range has one.
                candidates.add(high % 2 == 1 && high - 1 >= low ? high - 1 : high);
            } else {
                candidates.add(low % 2 == 1 && low + 1 <= high ? low + 1 : low);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int chosen = candidates.contains(DEFAULT_MAJOR) ? DEFAULT_MAJOR
                : candidates.stream().max(Integer::compare).orElseThrow();
        return Optional.of(new Chosen(String.valueOf(chosen), chosen, "Node.js " + chosen
                + " from engines.node \"" + range + "\""));
    }

    static Chosen byDefault() {
        return new Chosen(String.valueOf(DEFAULT_MAJOR), DEFAULT_MAJOR, "Node.js " + DEFAULT_MAJOR
                + " (default LTS: no .nvmrc, .node-version or engines.node)");
    }
}
