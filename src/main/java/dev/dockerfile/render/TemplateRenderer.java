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
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders the FreeMarker templates: the user's {@code templateDirectory} first, then the built-in
 * ones. Strict by construction: a missing variable fails instead of rendering an empty line.
 */
public final class TemplateRenderer {
    static final String BUILT_IN = "/dev/dockerfile/templates";

    private final Configuration configuration;
    private final Path userDirectory;

    public TemplateRenderer(Path userDirectory) throws ConfigurationException {
        this.userDirectory = userDirectory;
        this.configuration = configure(loader(userDirectory));
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
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userDirectory.toFile()), builtIn});
        } catch (IOException e) {
            throw new ConfigurationException(Parameter.TEMPLATE_DIRECTORY, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Configuration configure(TemplateLoader loader) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
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

    /** Renders {@code name} with the model; the text is normalised (LF, no trailing blanks, one final newline). */
    public String render(String name, Map<String, Object> model) throws ConfigurationException {
        try {
            StringWriter out = new StringWriter();
            configuration.getTemplate(name).process(model, out);
            return normalise(out.toString());
        } catch (TemplateNotFoundException e) {
            throw new ConfigurationException(Parameter.TEMPLATE_DIRECTORY, "has no template '" + name
                    + "' and none is built in. Name your override after a built-in template.", e);
        } catch (ParseException e) {
            throw templateError(e.getTemplateName(), e.getLineNumber(), e.getEditorMessage(), e);
        } catch (TemplateException e) {
            throw templateError(e.getTemplateSourceName(), e.getLineNumber(), firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new ConfigurationException(Parameter.TEMPLATE_DIRECTORY, "could not be read for '" + name + "': "
                    + e.getMessage(), e);
        }
    }

    private ConfigurationException templateError(String source, Integer line, String message, Exception cause) {
        boolean usersOwn = userDirectory != null && source != null && Files.isRegularFile(userDirectory.resolve(source));
        String where = (source == null ? "a template" : "'" + source + "'") + (line == null ? "" : " line " + line);
        if (!usersOwn) {
            // A built-in template failing is our defect, not the user's configuration.
            throw new IllegalStateException("Built-in template " + where + " failed: " + message, cause);
        }
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
