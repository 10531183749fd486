package dev.dockerfile.render;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Parameter;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import freemarker.template.Template;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the FreeMarker templates: the user's {@code templateDirectory} first, then the built-in
 * ones. Strict by construction: a missing variable fails instead of rendering an empty line.
 */
public final class TemplateRenderer {
    static final String BUILT_IN = "/dev/dockerfile/templates";
    /** A Dockerfile is a few kilobytes; a template that writes more than this is looping. */
    static final int MAX_OUTPUT_CHARS = 1 << 20;
    /** Rendering takes milliseconds; a template still running after this never ends. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    /** Enough for any sane nesting of macros; a macro that calls itself without end fails fast instead. */
    private static final long STACK_BYTES = 8L << 20;

    private final Configuration configuration;
    private final Path userDirectory;
    private final TemplateOverrides overrides;
    private final Duration timeLimit;

    public TemplateRenderer(Path userDirectory) throws ConfigurationException {
        this(userDirectory, TIME_LIMIT);
    }

    TemplateRenderer(Path userDirectory, Duration timeLimit) throws ConfigurationException {
        this.userDirectory = userDirectory;
        this.timeLimit = timeLimit;
        this.configuration = configure(loader(userDirectory));
        this.overrides = userDirectory == null ? null : TemplateOverrides.scan(userDirectory);
    }

    /** What the user's template directory holds that is not used, one sentence each. */
    public List<String> warnings() {
        return overrides == null ? List.of() : overrides.warnings();
    }

    private static TemplateLoader loader(Path userDirectory) throws ConfigurationException {
        TemplateLoader builtIn = new ClassTemplateLoader(TemplateRenderer.class, BUILT_IN);
        if (userDirectory == null) {
            return builtIn;
        }
        if (!Files.isDirectory(userDirectory)) {
            throw new ConfigurationException(Parameter.TEMPLATE_DIRECTORY, "is '" + userDirectory.getFileName()
                    + "', which is not a directory. Create it with your .ftl overrides, or remove the parameter"
                    + " to use the built-in templates.");
        }
        try {
            // Symbolic links may point outside the directory: fleets link one shared set of overrides.
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userDirectory.toFile(), true),
                builtIn});
        } catch (IOException e) {
            throw new ConfigurationException(Parameter.TEMPLATE_DIRECTORY, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Configuration configure(TemplateLoader loader) {
        Configuration cfg = new InterruptibleConfiguration();
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        // "computer" keeps 10001 from rendering as "10,001".
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        return cfg;
    }

    /**
     * A configuration whose templates (the one rendered and every one it imports) check for thread
     * interruption in their loops and macro calls, so a template that runs too long can be stopped.
     * FreeMarker has no time limit of its own; this is the support it ships for exactly that.
     */
    private static final class InterruptibleConfiguration extends Configuration {
        private final Set<Template> prepared = Collections.newSetFromMap(new WeakHashMap<>());

        InterruptibleConfiguration() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            synchronized (prepared) {
                if (template != null && prepared.add(template)) {
                    _CoreAPI.addThreadInterruptedChecks(template);
                }
            }
            return template;
        }
    }

    /** Holds what a template writes, refusing more than {@link #MAX_OUTPUT_CHARS}. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (text.length() + (long) length > MAX_OUTPUT_CHARS) {
                throw new OutputLimitException(writingInstruction());
            }
            text.append(chars, offset, length);
        }

        /** Where the template is writing: the innermost instruction FreeMarker is executing. */
        private static TemplateElement writingInstruction() {
            Environment env = Environment.getCurrentEnvironment();
            TemplateElement[] stack = env == null ? new TemplateElement[0] : _CoreAPI.getInstructionStackSnapshot(env);
            return stack.length == 0 ? null : stack[0];
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static final class OutputLimitException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient TemplateElement instruction;

        OutputLimitException(TemplateElement instruction) {
            this.instruction = instruction;
        }

        String where() {
            return instruction == null || instruction.getTemplate() == null ? ""
                    : " at '" + instruction.getTemplate().getSourceName() + "' line " + instruction.getBeginLine();
        }
    }

    /**
     * Renders {@code name} with the model; the text is normalised (LF, no trailing blanks, one final
     * newline). Runs on a thread of its own so that a runaway user template is bounded in time, output
     * and stack depth, and fails with the template's name instead of hanging or killing the build.
     */
    public String render(String name, Map<String, Object> model) throws ConfigurationException {
        FutureTask<String> task = new FutureTask<>(() -> renderHere(name, model));
        Thread thread = new Thread(null, task, "dockerfile-template-" + name, STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw limitError(name, "ran for more than " + timeLimit.toSeconds() + " s (a loop that does not end?)");
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new ConfigurationException(null, "The build was interrupted while rendering '" + name + "'.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConfigurationException c) {
                throw c;
            }
            if (cause instanceof StackOverflowError) {
                throw limitError(name, "nests macro or function calls too deep (one that calls itself without end?)");
            }
            if (cause instanceof OutOfMemoryError) {
                throw limitError(name, "needs more memory than the build has (a huge sequence or string?)");
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("Rendering '" + name + "' failed: " + cause, cause);
        }
    }

    private ConfigurationException limitError(String name, String problem) {
        List<String> own = overrides == null ? List.of() : overrides.overrides();
        if (own.isEmpty()) {
            throw new IllegalStateException("Built-in template '" + name + "' " + problem);
        }
        return new ConfigurationException(Parameter.TEMPLATE_DIRECTORY, "holds templates (" + String.join(", ", own)
                + ") with which '" + name + "' " + problem + ". Fix the template, or delete it to use the built-in one.");
    }

    private String renderHere(String name, Map<String, Object> model) throws ConfigurationException {
        try {
            BoundedWriter out = new BoundedWriter();
            configuration.getTemplate(name).process(model, out);
            return normalise(out.text.toString());
        } catch (OutputLimitException e) {
            throw limitError(name, "writes more than " + MAX_OUTPUT_CHARS / 1024 + " KiB" + e.where()
                    + " (a loop that does not end?)");
        } catch (TemplateNotFoundException e) {
            throw new ConfigurationException(Parameter.TEMPLATE_DIRECTORY, "has no template '" + name
                    + "' and none is built in. Name your override after a built-in template.", e);
        } catch (ParseException e) {
            if (!isUsersOwn(e.getTemplateName())) {
                throw new IllegalStateException("Built-in template " + where(e.getTemplateName(), e.getLineNumber())
                        + " does not parse: " + e.getEditorMessage(), e);
            }
            throw templateError(where(e.getTemplateName(), e.getLineNumber()), e.getEditorMessage(), e);
        } catch (TemplateException e) {
            if (e.getCause() instanceof OutputLimitException limit) {
                throw limitError(name, "writes more than " + MAX_OUTPUT_CHARS / 1024 + " KiB" + limit.where()
                        + " (a loop that does not end?)");
            }
            String message = firstLine(e.getMessageWithoutStackTop());
            String where = where(e.getTemplateSourceName(), e.getLineNumber());
            // The user's template that led there: a built-in macro fails on what the override passed it.
            Matcher frame = FRAME.matcher(e.getFTLInstructionStack() == null ? "" : e.getFTLInstructionStack());
            while (frame.find()) {
                if (isUsersOwn(frame.group(1))) {
                    String own = where(frame.group(1), Integer.valueOf(frame.group(2)));
                    throw templateError(own.equals(where) ? own : own + " (in " + where + ")", message, e);
                }
            }
            if (overrides != null && !overrides.overrides().isEmpty()) {
                throw templateError(where + ", rendered with your " + String.join(", ", overrides.overrides()), message, e);
            }
            // A built-in template failing on its own is our defect, not the user's configuration.
            throw new IllegalStateException("Built-in template " + where + " failed: " + message, e);
        } catch (IOException | SecurityException e) {
            throw new ConfigurationException(Parameter.TEMPLATE_DIRECTORY, "could not be read for '" + name + "': "
                    + e.getMessage() + ". Make the override a readable file in the directory, or remove it.", e);
        }
    }

    /** One entry of FreeMarker's instruction stack: {@code [in template "x.ftl" ... at line 3, column 1]}. */
    private static final Pattern FRAME = Pattern.compile("\\[in template \"([^\"]+)\"[^\\]]*? at line (\\d+)");

    /** A file of the user's directory: an override, or a macro library one imports. */
    private boolean isUsersOwn(String source) {
        return userDirectory != null && source != null && Files.isRegularFile(userDirectory.resolve(source));
    }

    private static String where(String source, Integer line) {
        return (source == null ? "a template" : "'" + source + "'") + (line == null ? "" : " line " + line);
    }

    private static ConfigurationException templateError(String where, String message, Exception cause) {
        return new ConfigurationException(Parameter.TEMPLATE_DIRECTORY, "holds a broken template: " + where + ": "
                + message + ". Fix the template, or delete it to use the built-in one.", cause);
    }

    /** FreeMarker's message up to its tips and stack: "The following has evaluated to null or missing: ==> x". */
    static String firstLine(String message) {
        StringBuilder text = new StringBuilder();
        for (String line : (message == null ? "" : message).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("----") || trimmed.startsWith("Tip:") || trimmed.startsWith("FTL stack trace")) {
                break;
            }
            if (!trimmed.isEmpty()) {
                text.append(text.length() == 0 ? "" : " ").append(trimmed.replaceAll("\\s*\\[in template .*$", ""));
            }
        }
        return text.toString();
    }

    static String normalise(String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        String stripped = lf.lines().map(String::stripTrailing).reduce(new StringBuilder(),
                (sb, line) -> sb.append(line).append('\n'), StringBuilder::append).toString();
        return stripped.replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }
}
