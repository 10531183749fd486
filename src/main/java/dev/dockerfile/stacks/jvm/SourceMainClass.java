package dev.dockerfile.stacks.jvm;

import dev.dockerfile.model.ProjectInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The main class of a module whose POM declares none, read from its sources: the one source file
 * under {@code src/main/java} or {@code src/main/kotlin} with a main method (and, for Spring Boot,
 * {@code @SpringBootApplication}, as Boot's repackage chooses it from the compiled classes). Two
 * candidates are no answer: only the POM could say which one the jar starts.
 */
public final class SourceMainClass {
    /** What the error messages list as searched. */
    public static final String SEARCHED = "the one class with a main method in src/main/java or src/main/kotlin";
    /** Spring Boot's application class. */
    public static final Pattern SPRING_BOOT_APPLICATION =
            Pattern.compile("@(?:org\\.springframework\\.boot\\.autoconfigure\\.)?SpringBootApplication\\b");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([A-Za-z_$][A-Za-z0-9_$.]*)", Pattern.MULTILINE);
    private static final Pattern JAVA_MAIN = Pattern.compile(
            "\\bpublic\\s+static\\s+(?:final\\s+)?void\\s+main\\s*\\(\\s*(?:final\\s+)?String\\s*(?:\\[\\s*]|\\.\\.\\.)");
    private static final Pattern KOTLIN_MAIN = Pattern.compile("^fun\\s+main\\s*\\(", Pattern.MULTILINE);
    private static final Pattern KOTLIN_JVM_NAME = Pattern.compile("^@file:JvmName\\(\"([A-Za-z_$][A-Za-z0-9_$]*)\"\\)", Pattern.MULTILINE);
    private static final List<String> SOURCE_ROOTS = List.of("src/main/java", "src/main/kotlin");
    /** Generated or vendored trees can be large: application classes sit near the top. */
    private static final int MAX_DEPTH = 12;

    private SourceMainClass() {
    }

    /** @param source the file it was found in, relative to the module, for the log */
    public record Found(String className, String source) {
    }

    /** @param marker what the file must also contain (an annotation), or {@code null} */
    public static Optional<Found> find(ProjectInfo project, Pattern marker) {
        List<Found> found = new ArrayList<>();
        for (String root : SOURCE_ROOTS) {
            Path dir = project.baseDir().resolve(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, MAX_DEPTH)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".kt")).sorted().toList()) {
                    mainClassIn(file, marker).ifPresent(name -> found.add(new Found(name,
                            root + "/" + dir.relativize(file).toString().replace('\\', '/'))));
                }
            } catch (IOException | UncheckedIOException e) {
                return Optional.empty();
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The class a source file declares with a main method (and the marker), if it does. */
    static Optional<String> mainClassIn(Path file, Pattern marker) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return Optional.empty();
        }
        if (marker != null && !marker.matcher(text).find()) {
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        String simple;
        if (name.endsWith(".kt")) {
            if (!KOTLIN_MAIN.matcher(text).find()) {
                return Optional.empty();
            }
            // A top-level main is compiled into FileNameKt, unless the file names its class.
            Matcher jvmName = KOTLIN_JVM_NAME.matcher(text);
            simple = jvmName.find() ? jvmName.group(1) : capitalized(name.substring(0, name.length() - 3)) + "Kt";
        } else {
            if (!JAVA_MAIN.matcher(text).find()) {
                return Optional.empty();
            }
            simple = name.substring(0, name.length() - 5);
        }
        Matcher pkg = PACKAGE.matcher(text);
        return Optional.of(pkg.find() ? pkg.group(1) + "." + simple : simple);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
