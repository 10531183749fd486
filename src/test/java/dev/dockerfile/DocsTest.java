package dev.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.RuleOrigin;
import dev.dockerfile.lint.rules.Rules;
import dev.dockerfile.plan.StackDetails;
import dev.dockerfile.plan.TemplateVariables;
import dev.dockerfile.stacks.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The user documentation against the code: the generated tables (parameters from the plugin
 * descriptor, rules from the rules, template variables from the plan's records), the README's first
 * screen (short, and every command in it run by CI or a test), and every relative link.
 * {@code -Ddocs.update=true} (or {@code -Dgolden.update=true}) rewrites the generated parts; review the diff.
 */
class DocsTest {
    static final String UPDATE = "./mvnw -B -q test -Djacoco.skip -Dinvoker.skip -Dtest=DocsTest -Ddocs.update=true";
    private static final Path README = Path.of("README.md");
    private static final Path DOCS = Path.of("docs");
    private static final Path PARAMETERS = DOCS.resolve("parameters.md");
    private static final Path RULES = DOCS.resolve("rules.md");
    private static final Path TEMPLATES = DOCS.resolve("templates.md");
    private static final Path PLUGIN_XML = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path CI = Path.of(".ci/run");
    static final String FIRST_SCREEN_END = "<!-- end of first screen -->";
    static final int FIRST_SCREEN_LINES = 120;

    /**
     * Goals and parameters being built now (dockerfile:verify and the fleet file), documented before
     * they reach the plugin descriptor: their rows are kept as written until it has them, and from then
     * on made from it like every other row. An entry the descriptor already has changes nothing.
     */
    static final Set<String> PENDING_GOALS = Set.of("verify");
    static final Set<String> PENDING_PARAMETERS = Set.of("imagePrefix", "fleetFile");

    /**
     * Commands of the README's first screen that {@code .ci/run} does not run itself, and where a test
     * runs them (the file, and what in it runs the command). A first-screen command must be in .ci/run
     * or here; an entry no longer in the README fails too, so that the list stays the README's.
     */
    static final Map<String, RunBy> RUN_BY = Map.of(
            "mvn dockerfile:generate",
            new RunBy("it/java-service/invoker.properties", "invoker.goals.1 = dockerfile:generate",
                    "every it/ service project runs the goal through the invoker, from the module directory"),
            "DOCKER_BUILDKIT=1 docker build -f target/docker/Dockerfile -t orders-service:1.0.0 .",
            new RunBy("it/lib/docker-check.sh", "build --network host --progress=plain \"${build_args[@]}\" -f \"$dockerfile\"",
                    "each service's verify script builds target/docker/Dockerfile from the module directory,"
                            + " with DOCKER_BUILDKIT=1 (and --network host where the tests run)"),
            "docker run --rm -p 8080:8080 orders-service:1.0.0",
            new RunBy("it/lib/docker-check.sh", "\"$DOCKER\" run -d --network host --name \"$container\" \"$image\"",
                    "and runs the image, to its first HTTP answer (on the host network where the tests run)"),
            "mvn package",
            new RunBy("it/fleet/invoker.properties", "invoker.goals.1 = package",
                    "it/fleet binds generate with <executions> in its parent POM and runs package"));

    record RunBy(String file, String fragment, String how) {
    }

    private static boolean update() {
        return Boolean.getBoolean("docs.update") || Boolean.getBoolean("golden.update");
    }

    // (a) The goal and parameter tables are the plugin descriptor's.

    @Test
    void parameterTablesAreThoseOfThePluginDescriptor() throws Exception {
        assertTrue(Files.isRegularFile(PLUGIN_XML), "run after process-classes: " + PLUGIN_XML);
        String page = read(PARAMETERS);
        String current = block(page, PARAMETERS, ParameterTable.BEGIN, ParameterTable.END);
        List<String> problems = new ArrayList<>();
        String expected = ParameterTable.render(PLUGIN_XML, current, PENDING_GOALS, PENDING_PARAMETERS, problems);
        assertEquals(List.of(), problems);
        assertBlock(PARAMETERS, page, ParameterTable.BEGIN, ParameterTable.END, expected,
                "docs/parameters.md's tables differ from the plugin descriptor (a goal or parameter, its phase,"
                        + " property or default); rewrite them with " + UPDATE + " and write the meaning of new rows");
    }

    // (b) The rule table is the rules'; so are the template variables the plan's records.

    @Test
    void rulesPageListsEveryRuleAsItIs() throws IOException {
        String expected = rulesPage(Rules.all());
        if (update()) {
            Files.writeString(RULES, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.exists(RULES) ? read(RULES) : "",
                RULES + " is out of date with the rules; rewrite it with " + UPDATE);
    }

    @Test
    void templatesPageListsTheTemplateVariablesOfThePlanRecords() throws IOException {
        Map<Class<? extends StackDetails>, List<String>> parts = new LinkedHashMap<>();
        for (Stack stack : Stack.values()) {
            parts.computeIfAbsent(stack.planner().detailsType(), t -> new ArrayList<>()).add(stack.id());
        }
        String begin = "<!-- template-variables: generated from the plan's records by DocsTest -->\n";
        String end = "<!-- /template-variables -->";
        assertBlock(TEMPLATES, read(TEMPLATES), begin, end, TemplateVariables.markdown(parts),
                TEMPLATES + "'s template variables differ from the plan's records; rewrite them with " + UPDATE);
    }

    static String rulesPage(List<Rule> rules) {
        StringBuilder out = new StringBuilder("""
                <!-- Generated from the rules by DocsTest: %s -->
                # Rules of `dockerfile:check`

                Rules carry hadolint's ids (reimplemented from their descriptions; the registry and label-schema
                rules DL3026 and DL3049–DL3058 only where configured or not at all), BuildKit's build-check names
                where hadolint has no rule, and `DF` ids for what this plugin adds. Each id links to its owner's
                page, which SARIF's `helpUri` gives code-scanning tools too; the `DF` rules are described below
                the table. How to run the check, ignore a rule or change its level: [check.md](check.md).

                | id | origin | aliases | severity | what | why | how to fix |
                |---|---|---|---|---|---|---|
                """.formatted(UPDATE));
        for (Rule rule : rules) {
            out.append("| [").append(rule.id()).append("](").append(rule.documentationUrl()).append(") | ")
                    .append(origin(rule.origin())).append(" | ").append(String.join(", ", new TreeSet<>(rule.aliases())))
                    .append(" | ").append(rule.severity().id()).append(" | ").append(cell(rule.summary())).append(" | ")
                    .append(cell(rule.why())).append(" | ").append(cell(rule.fix())).append(" |\n");
        }
        out.append("\n# The plugin's own rules\n\nThe `DF` rules, for what hadolint and BuildKit do not check.\n");
        for (Rule rule : rules) {
            if (rule.origin() == RuleOrigin.PROJECT) {
                out.append("\n## ").append(rule.id()).append("\n\n**").append(rule.summary()).append("** (")
                        .append(rule.severity().id()).append(")\n\n").append("Why: ").append(rule.why())
                        .append(".\n\nFix: ").append(rule.fix()).append('\n');
            }
        }
        return out.toString();
    }

    private static String origin(RuleOrigin origin) {
        return switch (origin) {
            case HADOLINT -> "hadolint";
            case BUILDKIT -> "BuildKit";
            case PROJECT -> "this plugin";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    // (c) Every command of the README's first screen is run by .ci/run or by a test.

    @Test
    void everyCommandOfTheFirstScreenIsRunByCiOrByATest() throws IOException {
        List<String> ci = read(CI).lines().map(String::strip).filter(l -> !l.startsWith("#")).toList();
        Set<String> commands = commands(firstScreen());
        assertTrue(commands.contains("./mvnw -B verify"), "the README's test command: " + commands);
        List<String> problems = new ArrayList<>();
        for (String command : commands) {
            boolean inCi = ci.stream().anyMatch(line -> line.contains(command));
            if (!inCi && !RUN_BY.containsKey(command)) {
                problems.add("README command neither in .ci/run nor run by a test named in DocsTest.RUN_BY: " + command);
            }
        }
        RUN_BY.forEach((command, runBy) -> {
            if (!commands.contains(command)) {
                problems.add("DocsTest.RUN_BY names a command the README's first screen no longer has: " + command);
            }
            Path file = Path.of(runBy.file());
            try {
                if (!Files.isRegularFile(file) || !read(file).contains(runBy.fragment())) {
                    problems.add(runBy.file() + " no longer runs `" + command + "` (" + runBy.fragment() + ")");
                }
            } catch (IOException e) {
                problems.add(runBy.file() + ": " + e.getMessage());
            }
        });
        assertEquals(List.of(), problems);
    }

    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern SHELL_COMMAND = Pattern.compile(
            "^(\\./mvnw|mvn|docker|DOCKER_BUILDKIT=\\S+|git|cat|cd|curl|bash|sh|\\.ci/run|bench/run)(\\s.*)?$");
    private static final Set<String> SHELL_BLOCKS = Set.of("bash", "sh", "shell", "console");

    /** The lines of shell blocks (without comments) and the code spans that are shell commands. */
    static Set<String> commands(String markdown) {
        Set<String> commands = new LinkedHashSet<>();
        Matcher fence = FENCE.matcher(markdown);
        StringBuilder prose = new StringBuilder();
        int last = 0;
        while (fence.find()) {
            prose.append(markdown, last, fence.start());
            last = fence.end();
            if (!SHELL_BLOCKS.contains(fence.group(1))) {
                continue;
            }
            for (String line : fence.group(2).split("\n")) {
                String command = line.replaceFirst("^\\$ ", "").replaceFirst("\\s+#\\s.*$", "").strip();
                if (!command.isEmpty() && !command.startsWith("#")) {
                    commands.add(command.replaceAll("\\s+", " "));
                }
            }
        }
        prose.append(markdown.substring(last));
        Matcher span = CODE_SPAN.matcher(prose);
        while (span.find()) {
            String text = span.group(1).strip();
            if (SHELL_COMMAND.matcher(text).matches()) {
                commands.add(text.replaceAll("\\s+", " "));
            }
        }
        return commands;
    }

    // (d) The first screen is short.

    @Test
    void theFirstScreenIsShorterThan120Lines() throws IOException {
        List<String> lines = read(README).lines().toList();
        int end = lines.indexOf(FIRST_SCREEN_END);
        assertTrue(end >= 0, "README.md marks the end of its first screen with a line " + FIRST_SCREEN_END);
        assertTrue(end < FIRST_SCREEN_LINES, "the README's first screen is " + end + " lines; at most "
                + (FIRST_SCREEN_LINES - 1) + " fit: move the rest to docs/");
    }

    private static String firstScreen() throws IOException {
        String text = read(README);
        int end = text.indexOf(FIRST_SCREEN_END);
        assertTrue(end >= 0, "README.md marks the end of its first screen with " + FIRST_SCREEN_END);
        return text.substring(0, end);
    }

    // (d') The README's Python examples are what the templates generate.

    @Test
    void theReadmesPythonExamplesAreLinesOfTheGoldenFiles() throws IOException {
        String readme = read(README);
        int start = readme.indexOf("\n## Python web services\n");
        assertTrue(start >= 0, "README.md has a section ## Python web services");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> golden = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("python-.*\\.Dockerfile")).toList()) {
                golden.addAll(read(file).lines().toList());
            }
        }
        List<String> missing = new ArrayList<>();
        int lines = 0;
        Matcher block = Pattern.compile("(?s)```dockerfile\n(.*?)```").matcher(section);
        while (block.find()) {
            for (String line : block.group(1).lines().toList()) {
                if (!line.startsWith("#")) {
                    lines++;
                    if (!golden.contains(line)) {
                        missing.add(line);
                    }
                }
            }
        }
        assertTrue(lines >= 4, "the section shows generated lines");
        assertEquals(List.of(), missing, "README lines of ## Python web services that no python-*.Dockerfile golden file has:"
                + " copy them from the golden files again");
    }

    // (e) Relative links point at files (and headings) that exist.

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*$");

    @Test
    void everyRelativeLinkPointsAtSomethingThatExists() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(README, Path.of("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.list(DOCS)) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        Map<Path, Set<String>> anchors = new HashMap<>();
        for (Path page : pages) {
            String prose = withoutCode(read(page));
            Matcher link = LINK.matcher(prose);
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    continue; // https:, mailto:
                }
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = path.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(path).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(page + ": " + target + " (no such file)");
                } else if (anchor != null && resolved.toString().endsWith(".md")
                        && !anchors.computeIfAbsent(resolved, DocsTest::anchors).contains(anchor)) {
                    broken.add(page + ": " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** GitHub's heading ids: lower case, punctuation dropped, spaces as dashes, repeats numbered. */
    private static Set<String> anchors(Path page) {
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        try {
            Matcher heading = HEADING.matcher(FENCE.matcher(read(page)).replaceAll(""));
            while (heading.find()) {
                String text = heading.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "");
                String id = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                int n = seen.merge(id, 1, Integer::sum);
                ids.add(n == 1 ? id : id + "-" + (n - 1));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /** The text without fenced code blocks and code spans, where brackets are not links. */
    private static String withoutCode(String markdown) {
        return CODE_SPAN.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
    }

    // Helpers.

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String block(String text, Path file, String begin, String end) {
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        assertTrue(from >= 0 && to > from, file + " needs the markers " + begin.strip() + " and " + end);
        return text.substring(from + begin.length(), to);
    }

    /** Compares the text between the markers with {@code expected}; rewrites it first with docs.update. */
    private static void assertBlock(Path file, String text, String begin, String end, String expected, String message)
            throws IOException {
        String actual = block(text, file, begin, end);
        if (update() && !actual.equals(expected)) {
            int from = text.indexOf(begin) + begin.length();
            Files.writeString(file, text.substring(0, from) + expected + text.substring(text.indexOf(end)),
                    StandardCharsets.UTF_8);
            actual = expected;
        }
        assertEquals(expected, actual, message);
    }
}
