package dev.dockerfile.generate;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.config.Settings;
import dev.dockerfile.config.SettingsValidator;
import dev.dockerfile.config.ValidSettings;
import dev.dockerfile.io.AtomicFiles;
import dev.dockerfile.lint.Finding;
import dev.dockerfile.lint.Linter;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.config.LintConfig;
import dev.dockerfile.lint.rules.Rules;
import dev.dockerfile.model.DependencyResolver;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.parse.DockerfileParser;
import dev.dockerfile.plan.BuildContext;
import dev.dockerfile.plan.Plan;
import dev.dockerfile.plan.PlanAssembler;
import dev.dockerfile.plan.PlanContext;
import dev.dockerfile.plan.StackPlan;
import dev.dockerfile.plan.TemplateModel;
import dev.dockerfile.render.TemplateRenderer;
import dev.dockerfile.stacks.Stack;
import dev.dockerfile.stacks.StackDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The core of {@code dockerfile:generate}: validate, detect, plan, render, then write. Everything
 * that can fail does so before the first byte is written.
 */
public final class DockerfileGenerator {
    public static final String DOCKERFILE = "Dockerfile";
    public static final String IGNORE_FILE = "Dockerfile.dockerignore";
    static final String IGNORE_TEMPLATE = "dockerignore.ftl";
    /** The longest line BuildKit's Dockerfile parser reads (check's DF009 holds the same limit). */
    static final int MAX_LINE_BYTES = DockerfileParser.MAX_LINE_BYTES;

    public GenerationResult generate(ProjectInfo project, Settings raw, DependencyResolver dependencies)
            throws ConfigurationException, IOException {
        return write(project, render(project, raw), dependencies);
    }

    /** Writes what {@link #render} decided: stages the runtime dependencies, then the pair of files. */
    public GenerationResult write(ProjectInfo project, Rendering rendering, DependencyResolver dependencies)
            throws ConfigurationException, IOException {
        if (rendering.isSkipped()) {
            return GenerationResult.skipped(rendering.skipReason());
        }
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        if (rendering.staging() != null) {
            Path base = project.baseDir().toAbsolutePath().normalize();
            written.addAll(ArtifactLayers.stage(dependencies.runtimeDependencies(),
                    base.resolve(rendering.staging().releases()), base.resolve(rendering.staging().snapshots())));
        }
        // Both or neither: a new Dockerfile next to the old ignore file would build with the wrong context.
        Map<Path, AtomicFiles.Content> pair = new TreeMap<>();
        rendering.files().forEach((file, text) -> pair.put(file,
                AtomicFiles.Content.of(text.getBytes(StandardCharsets.UTF_8))));
        List<Path> changed = AtomicFiles.writeAllIfChanged(pair);
        for (Path file : pair.keySet()) {
            (changed.contains(file) ? written : unchanged).add(file);
        }
        return new GenerationResult(rendering.notes(), rendering.warnings(), written, unchanged,
                rendering.buildCommand(), null);
    }

    /**
     * Everything {@link #generate} decides, without writing: the files' paths and texts. The drift
     * check compares them with the files on disk. Refuses, as generate does, an output directory
     * that holds files this plugin did not write.
     */
    public Rendering render(ProjectInfo project, Settings raw) throws ConfigurationException, IOException {
        ValidSettings settings = SettingsValidator.validate(raw);
        StackDetector.Result detection = StackDetector.detect(project, settings);
        if (!detection.isService()) {
            return Rendering.skipped(detection.reason());
        }
        Stack stack = detection.stack();
        Path outputDirectory = settings.outputDirectory().toAbsolutePath().normalize();
        Path dockerfile = outputDirectory.resolve(DOCKERFILE);
        Path ignoreFile = outputDirectory.resolve(IGNORE_FILE);
        refuseNonDirectory(settings.outputDirectory(), outputDirectory);
        refuseForeignFile(dockerfile, Parameter.OUTPUT_DIRECTORY);
        refuseForeignFile(ignoreFile, Parameter.OUTPUT_DIRECTORY);

        List<String> notes = new ArrayList<>();
        notes.add(detection.reason());
        PlanContext context = new PlanContext(project, settings,
                BuildContext.of(project.baseDir(), outputDirectory, project.buildDirectory()), notes);
        StackPlan planned = stack.planner().plan(context);
        Plan plan = PlanAssembler.assemble(context, stack.id(), planned);

        TemplateRenderer renderer = new TemplateRenderer(settings.templateDirectory());
        Map<String, Object> model = TemplateModel.of(plan);
        String dockerfileText = renderer.render(stack.template(), model);
        String ignoreText = renderer.render(IGNORE_TEMPLATE, model);
        requireMarker(dockerfileText, stack.template());
        requireMarker(ignoreText, IGNORE_TEMPLATE);
        requireLineLengths(dockerfileText, stack.template(), settings.templateDirectory() != null);
        selfCheck(dockerfileText, stack.template(), settings.templateDirectory() != null, notes);

        Map<Path, String> files = new LinkedHashMap<>();
        files.put(dockerfile, dockerfileText);
        files.put(ignoreFile, ignoreText);
        return new Rendering(notes, renderer.warnings(), files, plan.generated().buildCommand(), planned.staging(),
                plan.buildMode(), null);
    }

    /** The directory itself, or a parent of it, may be a file: say so rather than fail on the first write. */
    private static void refuseNonDirectory(Path given, Path directory) throws ConfigurationException {
        for (Path p = directory; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new ConfigurationException(Parameter.OUTPUT_DIRECTORY, "is " + given + ", but "
                        + (p.equals(directory) ? "that is a file" : p + " is a file") + ", not a directory, so nothing"
                        + " can be written there. Point <outputDirectory> at a directory (default"
                        + " ${project.build.directory}/docker), or move the file.");
            }
        }
    }

    /**
     * BuildKit reads lines of at most 64 KiB; every value is shorter, but several on one line (the
     * start command's words, a template's own joins) may not be.
     */
    private static void requireLineLengths(String text, String template, boolean userTemplates)
            throws ConfigurationException {
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            int bytes = line.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_LINE_BYTES) {
                String instruction = line.strip().split("\\s+", 2)[0];
                throw new ConfigurationException(userTemplates ? Parameter.TEMPLATE_DIRECTORY : null,
                        (userTemplates ? "renders '" + template + "' into" : "The configuration gives") + " a Dockerfile"
                                + " whose line " + number + " (" + instruction + ") is " + bytes + " bytes long;"
                                + " BuildKit refuses lines over " + MAX_LINE_BYTES + " bytes. Shorten the values that"
                                + " line holds (a long <command>, <jvmOptions> or label), or move them into a file.");
            }
        }
    }

    /**
     * A file this plugin is about to own must be absent or start with its marker: a hand-written
     * Dockerfile (or compose file) is never overwritten, nor compared as if it were ours.
     */
    public static void refuseForeignFile(Path file, Parameter parameter) throws ConfigurationException, IOException {
        if (!Files.exists(file)) {
            return;
        }
        String firstLine;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            firstLine = reader.readLine();
        }
        if (firstLine == null || !firstLine.startsWith(Plan.MARKER)) {
            boolean directory = parameter == Parameter.OUTPUT_DIRECTORY;
            throw new ConfigurationException(parameter, (directory ? "already holds " + file.getFileName()
                    : "is " + file + ", a file") + " that this plugin did not write (its first line is not '" + Plan.MARKER
                    + "'). It is left untouched: point <" + parameter.element() + "> elsewhere"
                    + (directory ? " (default ${project.build.directory}/docker)" : "") + " or move your own file.");
        }
    }

    /** An override template that drops the marker would make its output look hand-written next time. */
    private static void requireMarker(String text, String template) throws ConfigurationException {
        if (!text.startsWith(Plan.MARKER)) {
            throw new ConfigurationException(Parameter.TEMPLATE_DIRECTORY, "holds '" + template + "', whose output"
                    + " does not start with '" + Plan.MARKER + "'. Keep <@common.header/> (or that line) at the top.");
        }
    }

    /**
     * Runs the check goal's rules on what is about to be written: an error stops the generation,
     * anything else is logged. The built-in templates are tested to give no findings at all.
     */
    private static void selfCheck(String dockerfile, String template, boolean userTemplates, List<String> notes)
            throws ConfigurationException {
        List<Finding> findings = new Linter(Rules.all(), LintConfig.empty()).lint(dockerfile, true);
        for (Finding finding : findings) {
            String text = "line " + finding.line() + " " + finding.rule() + " " + finding.severity().id() + ": "
                    + finding.message();
            if (finding.severity() == Severity.ERROR) {
                throw new ConfigurationException(userTemplates ? Parameter.TEMPLATE_DIRECTORY : null,
                        (userTemplates ? "renders" : "The built-in template renders") + " '" + template
                                + "' into a Dockerfile that fails dockerfile:check: " + text);
            }
            notes.add("check: " + text);
        }
    }
}
