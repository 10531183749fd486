package dev.dockerfile;

import dev.dockerfile.config.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The goal and parameter tables of docs/parameters.md, made from the plugin descriptor Maven
 * generates from the Mojos' annotations: one row per goal (its default phase) and one row per
 * parameter (its property and default), the parameters grouped by the goals that have them. The
 * meaning of a row is written by hand in the page and kept; a goal or parameter the page does not
 * have yet starts with its description from the descriptor (the Javadoc). Rows keep the page's
 * order; new ones go after.
 *
 * <p>Rows of goals and parameters named as pending (being built, documented before they reach the
 * descriptor) are kept as written while the descriptor lacks them; once it has them, they are made
 * from it like the others.
 */
public final class ParameterTable {
    static final String BEGIN = "<!-- parameters:begin: generated from the plugin descriptor by DocsTest;"
            + " -Ddocs.update=true rewrites it and keeps each meaning -->\n";
    static final String END = "<!-- parameters:end -->";
    private static final String GOALS_HEADING = "## Goals";
    private static final String GROUP_HEADING = "## Parameters of ";
    private static final String NONE = "–";
    private static final Pattern GOAL_NAME = Pattern.compile("`dockerfile:([A-Za-z0-9-]+)`");
    private static final Pattern CELL_SPLIT = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern ONE_CODE_SPAN = Pattern.compile("`[^`]*`");

    private record Goal(String name, String phase, String description) {
    }

    private record Param(String name, String property, String defaultValue, String description, Set<String> goals) {
    }

    private ParameterTable() {
    }

    /**
     * @param descriptor the plugin.xml
     * @param page the current docs/parameters.md block (between the markers), for the meanings and the order
     * @param problems what cannot be put in a table (a parameter with two properties), added here
     * @return the block as it should be
     */
    static String render(Path descriptor, String page, Set<String> pendingGoals, Set<String> pendingParameters,
            List<String> problems) throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
        Map<String, Goal> goals = new LinkedHashMap<>();
        Map<String, Param> params = new LinkedHashMap<>();
        NodeList mojos = xml.getElementsByTagName("mojo");
        for (int m = 0; m < mojos.getLength(); m++) {
            Element mojo = (Element) mojos.item(m);
            String goal = text(mojo, "goal");
            goals.put(goal, new Goal(goal, text(mojo, "phase"), text(mojo, "description")));
            if (goal.equals("help")) {
                continue; // maven-plugin-plugin's own help goal: its parameters are about the help text
            }
            Element configuration = child(mojo, "configuration");
            Element parameters = child(mojo, "parameters");
            for (Node node = parameters == null ? null : parameters.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (!(node instanceof Element parameter) || !text(parameter, "editable").equals("true")) {
                    continue;
                }
                String name = text(parameter, "name");
                Element value = configuration == null ? null : child(configuration, name);
                String property = value == null || value.getTextContent().isBlank() ? null
                        : value.getTextContent().trim().replaceAll("^\\$\\{(.*)}$", "$1");
                String defaultValue = value == null || !value.hasAttribute("default-value") ? null
                        : value.getAttribute("default-value");
                Param known = params.get(name);
                if (known == null) {
                    params.put(name, new Param(name, property, defaultValue, text(parameter, "description"),
                            new LinkedHashSet<>(List.of(goal))));
                } else {
                    if (!Objects.equals(known.property(), property) || !Objects.equals(known.defaultValue(), defaultValue)) {
                        problems.add("<" + name + "> has another property or default in " + goal + " than in "
                                + known.goals() + ": one row cannot say both");
                    }
                    known.goals().add(goal);
                }
            }
        }

        // The page as it is: goal rows, parameter rows with the goals of the heading they are under.
        Map<String, List<String>> pageGoals = new LinkedHashMap<>();
        Map<String, List<String>> pageParams = new LinkedHashMap<>();
        Map<String, List<String>> pageParamGoals = new LinkedHashMap<>();
        List<String> headingGoals = null;
        for (String line : page.split("\n")) {
            if (line.startsWith(GOALS_HEADING)) {
                headingGoals = null;
            } else if (line.startsWith(GROUP_HEADING)) {
                headingGoals = new ArrayList<>();
                Matcher goal = GOAL_NAME.matcher(line);
                while (goal.find()) {
                    headingGoals.add(goal.group(1));
                }
            } else if (line.startsWith("| `")) {
                List<String> cells = cells(line);
                String key = cells.get(0).replaceAll("^`(dockerfile:)?|`$", "");
                if (headingGoals == null) {
                    pageGoals.put(key, cells);
                } else {
                    pageParams.put(key, cells);
                    pageParamGoals.put(key, headingGoals);
                }
            }
        }

        // Goals: the page's order, then the descriptor's new ones.
        List<String> goalOrder = new ArrayList<>();
        for (String goal : pageGoals.keySet()) {
            if (goals.containsKey(goal) || pendingGoals.contains(goal)) {
                goalOrder.add(goal);
            }
        }
        goals.keySet().stream().filter(g -> !goalOrder.contains(g)).forEach(goalOrder::add);
        StringBuilder out = new StringBuilder(GOALS_HEADING).append("\n\n| goal | default phase | what it does |\n|---|---|---|\n");
        for (String name : goalOrder) {
            Goal goal = goals.get(name);
            List<String> cells = pageGoals.get(name);
            if (goal == null) {
                row(out, cells);
            } else {
                row(out, List.of("`dockerfile:" + name + "`", goal.phase().isEmpty() ? NONE : "`" + goal.phase() + "`",
                        cells != null ? cells.get(2) : prose(goal.description())));
            }
        }

        // Parameters: the page's order, then the descriptor's new ones (in Parameter's order).
        List<String> order = new ArrayList<>();
        for (String name : pageParams.keySet()) {
            if (params.containsKey(name) || pendingParameters.contains(name)) {
                order.add(name);
            }
        }
        List<String> enumOrder = Arrays.stream(Parameter.values()).map(Parameter::element).toList();
        params.keySet().stream().filter(p -> !order.contains(p))
                .sorted(Comparator.comparingInt((String p) -> enumOrder.contains(p) ? enumOrder.indexOf(p) : enumOrder.size())
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(order::add);
        Map<List<String>, List<String>> groups = new LinkedHashMap<>();
        for (String name : order) {
            Param param = params.get(name);
            List<String> in = param == null ? pageParamGoals.get(name)
                    : goalOrder.stream().filter(param.goals()::contains).toList();
            groups.computeIfAbsent(in, k -> new ArrayList<>()).add(name);
        }
        groups.forEach((in, names) -> {
            out.append('\n').append(GROUP_HEADING).append(heading(in)).append("\n\n")
                    .append("| parameter | property | default | meaning |\n|---|---|---|---|\n");
            for (String name : names) {
                Param param = params.get(name);
                List<String> cells = pageParams.get(name);
                if (param == null) {
                    row(out, cells);
                    continue;
                }
                String defaultCell;
                if (param.defaultValue() != null) {
                    defaultCell = "`" + param.defaultValue() + "`";
                } else if (cells != null && !ONE_CODE_SPAN.matcher(cells.get(2)).matches()) {
                    defaultCell = cells.get(2); // what the default is when the descriptor has none ("detected")
                } else {
                    defaultCell = NONE;
                }
                row(out, List.of("`" + name + "`", param.property() == null ? NONE : "`" + param.property() + "`",
                        defaultCell, cells != null ? cells.get(3) : prose(param.description())));
            }
        });
        return out.toString();
    }

    private static String heading(List<String> goals) {
        List<String> names = goals.stream().map(g -> "`dockerfile:" + g + "`").toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** {@code | a | b \| c |} is a and b \| c, as written. */
    private static List<String> cells(String line) {
        String inner = line.strip().replaceAll("^\\|", "").replaceAll("(?<!\\\\)\\|$", "");
        return Arrays.stream(CELL_SPLIT.split(inner, -1)).map(String::strip).toList();
    }

    /** The descriptor's description (Javadoc turned into HTML) as one Markdown table cell. */
    static String prose(String html) {
        String text = html.replaceAll("(?s)<code>(.*?)</code>", "`$1`").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
        text = text.replace("|", "\\|");
        if (text.isEmpty()) {
            return NONE;
        }
        // "Writes the ..." is "writes the ...", but "BuildKit cache mounts ..." stays as it is.
        boolean word = text.matches("(?s)[A-Z][a-z]*\\b.*");
        return (word ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text).replaceAll("\\.$", "");
    }

    /** The trimmed text of {@code parent}'s first child element {@code tag}, or {@code ""}. */
    public static String text(Element parent, String tag) {
        Element element = child(parent, tag);
        return element == null ? "" : element.getTextContent().trim();
    }

    /** {@code parent}'s first child element named {@code tag}, or {@code null}. */
    public static Element child(Element parent, String tag) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                return element;
            }
        }
        return null;
    }
}
