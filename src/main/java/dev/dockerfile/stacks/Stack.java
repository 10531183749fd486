package dev.dockerfile.stacks;

import dev.dockerfile.plan.StackPlanner;
import dev.dockerfile.stacks.java.JavaPlanner;
import dev.dockerfile.stacks.node.NodePlanner;
import dev.dockerfile.stacks.python.PythonPlanner;
import dev.dockerfile.stacks.quarkus.QuarkusPlanner;
import dev.dockerfile.stacks.springboot.SpringBootPlanner;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of service the plugin knows how to containerise, each with its planner and its
 * template. The order is the detection order: frameworks declared in the build first, then the
 * manifests of other languages, then a plain jar.
 */
public enum Stack {
    SPRING_BOOT("spring-boot", new SpringBootPlanner()),
    QUARKUS("quarkus", new QuarkusPlanner()),
    /** A jar service like any other, told by its framework: its template is java's. */
    MICRONAUT("micronaut", "java", new JavaPlanner(JavaPlanner.Flavor.MICRONAUT)),
    PYTHON("python", new PythonPlanner()),
    NODE("node", new NodePlanner()),
    JAVA("java", new JavaPlanner(JavaPlanner.Flavor.PLAIN));

    private final String id;
    private final String template;
    private final StackPlanner planner;

    Stack(String id, StackPlanner planner) {
        this(id, id, planner);
    }

    Stack(String id, String template, StackPlanner planner) {
        this.id = id;
        this.template = template + ".Dockerfile.ftl";
        this.planner = planner;
    }

    /** The name users write in {@code <stack>}. */
    public String id() {
        return id;
    }

    public StackPlanner planner() {
        return planner;
    }

    /** The built-in (or overriding) template that renders this stack's Dockerfile. */
    public String template() {
        return template;
    }

    public static Optional<Stack> fromId(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
    }

    public static String allIds() {
        return Arrays.stream(values()).map(Stack::id).collect(Collectors.joining(", "));
    }
}
