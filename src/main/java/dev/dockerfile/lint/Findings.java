package dev.dockerfile.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects what rules report, in line order. */
public final class Findings {
    /** By line, then rule id. */
    static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::line).thenComparing(Finding::rule);

    private final List<Finding> findings = new ArrayList<>();

    /** A finding whose message is the rule's summary and fix. */
    public void add(Rule rule, int line) {
        add(rule, line, rule.summary() + ". " + rule.fix());
    }

    /** A finding with its own message (which should say how to fix it). */
    public void add(Rule rule, int line, String message) {
        findings.add(new Finding(rule.id(), rule.severity(), line, message));
    }

    public List<Finding> sorted() {
        return findings.stream().sorted(ORDER).toList();
    }
}
