package dev.dockerfile.check;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.io.AtomicFiles;
import dev.dockerfile.lint.FindingSource;
import dev.dockerfile.lint.Linter;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.RuleIds;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.config.HadolintConfigReader;
import dev.dockerfile.lint.config.LintConfig;
import dev.dockerfile.lint.config.LintConfigException;
import dev.dockerfile.lint.config.LoadedConfig;
import dev.dockerfile.lint.report.FileFindings;
import dev.dockerfile.lint.report.JsonReport;
import dev.dockerfile.lint.report.SarifReport;
import dev.dockerfile.lint.rules.Rules;
import dev.dockerfile.lint.shellcheck.Shellcheck;
import dev.dockerfile.lint.shellcheck.ShellcheckBinary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The core of {@code dockerfile:check}: find the files, apply the configuration, lint, write the reports. Never edits a Dockerfile. */
public final class DockerfileChecker {
    public static final String JSON_REPORT = "dockerfile-check.json";
    public static final String SARIF_REPORT = "dockerfile-check.sarif";
    private static final Pattern DOCKERFILE_NAME = Pattern.compile("Dockerfile|.+\\.Dockerfile|Dockerfile\\..+");

    private final List<Rule> rules;
    private final RuleIds ids;

    public DockerfileChecker() {
        this(Rules.all());
    }

    /** With a chosen rule set (tests). */
    public DockerfileChecker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.ids = new RuleIds(rules);
    }

    public CheckResult check(CheckRequest request) throws ConfigurationException, IOException {
        Path base = request.baseDir().toAbsolutePath().normalize();
        Path configFile = HadolintConfigReader.find(base).orElse(null);
        LoadedConfig fromFile = configFile == null ? new LoadedConfig(LintConfig.empty(), List.of()) : read(configFile);
        LoadedConfig parameters = parameters(request);
        LintConfig config = fromFile.config().overriddenBy(parameters.config());
        Severity failOn = failOn(request.failOn(), config);
        List<CheckResult.Note> notes = new ArrayList<>();
        Stream.concat(fromFile.warnings().stream(), parameters.warnings().stream())
                .forEach(warning -> notes.add(new CheckResult.Note(true, warning)));
        Shellcheck shellcheck = shellcheck(request.shellcheck(), base, notes);
        Linter linter = new Linter(rules, config, shellcheck == null ? FindingSource.NONE : shellcheck);

        List<FileFindings> results = new ArrayList<>();
        for (Path file : files(request, base)) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new IOException("cannot read " + display(base, file) + " (" + e + "): make it readable, or"
                        + " leave it out of <files>", e);
            }
            Path ignoreFile = ignoreFile(file, base);
            results.add(new FileFindings(display(base, file),
                    linter.lint(content, ignoreFile != null, ignoreFileLines(ignoreFile, base))));
        }
        List<Path> reports = new ArrayList<>();
        if (request.reportDirectory() != null) {
            Path json = request.reportDirectory().resolve(JSON_REPORT);
            Path sarif = request.reportDirectory().resolve(SARIF_REPORT);
            // Both reports of this run or neither: a fresh JSON beside the last run's SARIF would disagree.
            Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
            files.put(json, utf8(out -> JsonReport.write(results, out)));
            files.put(sarif, utf8(out -> SarifReport.write(results, rules, out)));
            try {
                AtomicFiles.writeAllIfChanged(files);
            } catch (IOException e) {
                throw new IOException("cannot write " + JSON_REPORT + " and " + SARIF_REPORT + " to "
                        + display(base, request.reportDirectory().toAbsolutePath().normalize()) + " (" + e
                        + "); the reports of the previous run are left as they were", e);
            }
            reports.add(json);
            reports.add(sarif);
        }
        if (shellcheck != null) {
            shellcheck.problem().ifPresent(problem -> notes.add(new CheckResult.Note(true, problem)));
        }
        return new CheckResult(results, failOn, configFile, reports, notes);
    }

    /** ShellCheck as {@code setting} asks, or {@code null} without it (and a note when none was found). */
    private static Shellcheck shellcheck(String setting, Path base, List<CheckResult.Note> notes)
            throws ConfigurationException {
        if (ShellcheckBinary.OFF.equalsIgnoreCase(setting == null ? "" : setting.strip())) {
            return null;
        }
        Optional<Path> binary;
        try {
            binary = ShellcheckBinary.find(setting, base, System.getenv("PATH"));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Parameter.SHELLCHECK, e.getMessage(), e);
        }
        if (binary.isEmpty()) {
            notes.add(new CheckResult.Note(false, "no shellcheck on the PATH: RUN scripts are checked without"
                    + " ShellCheck (install it for its SC findings, as hadolint reports them; <shellcheck>none"
                    + "</shellcheck> silences this)"));
            return null;
        }
        return new Shellcheck(binary.get());
    }

    private interface Report {
        void write(Appendable out) throws IOException;
    }

    private static AtomicFiles.Content utf8(Report report) {
        return out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            report.write(writer);
            writer.flush();
        };
    }

    private LoadedConfig read(Path file) throws ConfigurationException {
        try {
            return HadolintConfigReader.read(file, ids);
        } catch (LintConfigException e) {
            throw new ConfigurationException(null, e.getMessage() + ". Fix the file or delete it.", e);
        }
    }

    private LoadedConfig parameters(CheckRequest request) throws ConfigurationException {
        List<String> warnings = new ArrayList<>();
        Set<String> ignored = new HashSet<>();
        for (String id : request.ignore()) {
            for (String part : id.split(",")) {
                if (!part.isBlank()) {
                    ignored.add(ruleId(Parameter.CHECK_IGNORE, part.strip(), warnings));
                }
            }
        }
        Map<String, Severity> overrides = new HashMap<>();
        for (Map.Entry<String, String> e : request.severityOverrides().entrySet()) {
            String id = ruleId(Parameter.SEVERITY_OVERRIDES, e.getKey(), warnings);
            overrides.put(id, Severity.fromId(e.getValue()).orElseThrow(() -> new ConfigurationException(
                    Parameter.SEVERITY_OVERRIDES, "gives " + id + " the level '" + e.getValue()
                            + "': use error, warning, info, style or none.")));
        }
        for (Map.Entry<String, String> e : request.labelSchema().entrySet()) {
            if (!LintConfig.LABEL_TYPES.contains(e.getValue())) {
                throw new ConfigurationException(Parameter.LABEL_SCHEMA, "gives label '" + e.getKey() + "' the type '"
                        + e.getValue() + "': use one of " + String.join(", ", new TreeSet<>(LintConfig.LABEL_TYPES)) + ".");
            }
        }
        return new LoadedConfig(new LintConfig(ignored, overrides, null, Set.of(), request.labelSchema(),
                request.strictLabels()), warnings);
    }

    /** An id that names no rule does not stop the build (see docs/check.md), but is a warning with the nearest id. */
    private String ruleId(Parameter parameter, String id, List<String> warnings) {
        ids.problem(id).ifPresent(problem -> warnings.add(parameter.display() + ": " + problem));
        return id;
    }

    private static Severity failOn(String value, LintConfig config) throws ConfigurationException {
        if (value == null || value.isBlank()) {
            return config.failureThreshold() != null ? config.failureThreshold() : Severity.WARNING;
        }
        return Severity.fromId(value).orElseThrow(() -> new ConfigurationException(Parameter.FAIL_ON,
                "is '" + value + "': use error, warning (the default), info, style or none."));
    }

    private static List<Path> files(CheckRequest request, Path base) throws ConfigurationException, IOException {
        if (!request.files().isEmpty()) {
            List<Path> files = new ArrayList<>();
            for (Path file : request.files()) {
                Path absolute = base.resolve(file).normalize();
                if (!Files.isRegularFile(absolute)) {
                    throw new ConfigurationException(Parameter.CHECK_FILES, "names " + file + ", which is not a file."
                            + " List existing Dockerfiles, or remove the parameter to check the usual ones.");
                }
                files.add(absolute);
            }
            return files;
        }
        Set<Path> found = new LinkedHashSet<>();
        if (request.generatedDockerfile() != null && Files.isRegularFile(request.generatedDockerfile())) {
            found.add(request.generatedDockerfile().toAbsolutePath().normalize());
        }
        for (Path dir : List.of(base, base.resolve("src/main/docker"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    entries.filter(Files::isRegularFile)
                            .filter(p -> DOCKERFILE_NAME.matcher(p.getFileName().toString()).matches())
                            .filter(p -> !p.getFileName().toString().endsWith(".dockerignore"))
                            .sorted().forEach(p -> found.add(p.toAbsolutePath().normalize()));
                }
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * The ignore file builds of {@code dockerfile} use, or {@code null}: BuildKit reads
     * {@code <Dockerfile>.dockerignore} next to the file, else the context's {@code .dockerignore}. The
     * context is not in the file: a Dockerfile in a directory with its own {@code .dockerignore} is taken to
     * be built there ({@code docker build app/}, compose's {@code build: ./app}), any other in the module.
     */
    static Path ignoreFile(Path dockerfile, Path base) {
        for (Path candidate : List.of(dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore"),
                dockerfile.resolveSibling(".dockerignore"), base.resolve(".dockerignore"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Its lines, for CopyIgnoredFile; bytes that are not UTF-8 are read as U+FFFD, as Go reads them. */
    private static List<String> ignoreFileLines(Path ignoreFile, Path base) throws IOException {
        if (ignoreFile == null) {
            return List.of();
        }
        try {
            return new String(Files.readAllBytes(ignoreFile), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new IOException("cannot read " + display(base, ignoreFile) + " (" + e + "): make it readable", e);
        }
    }

    private static String display(Path base, Path file) {
        return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
    }
}
