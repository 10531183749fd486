package dev.dockerfile.stacks.springboot;

import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.stacks.jvm.MainClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The class the exploded layout starts, which the fat jar's manifest would name ({@code Start-Class}):
 * what the POM declares (spring-boot-maven-plugin's {@code mainClass}, the {@code start-class}
 * property), else the one source file that holds {@code @SpringBootApplication} and a main method,
 * as Boot's repackage finds it in the compiled classes.
 */
final class SpringBootMainClass {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([A-Za-z_$][A-Za-z0-9_$.]*)", Pattern.MULTILINE);
    private static final Pattern ANNOTATION = Pattern.compile("@(?:org\\.springframework\\.boot\\.autoconfigure\\.)?SpringBootApplication\\b");
    private static final Pattern JAVA_MAIN = Pattern.compile("\\bstatic\\s+(?:final\\s+)?void\\s+main\\s*\\(");
    private static final Pattern KOTLIN_MAIN = Pattern.compile("^fun\\s+main\\s*\\(", Pattern.MULTILINE);
    private static final Pattern KOTLIN_JVM_NAME = Pattern.compile("^@file:JvmName\\(\"([A-Za-z_$][A-Za-z0-9_$]*)\"\\)", Pattern.MULTILINE);
    private static final List<String> SOURCE_ROOTS = List.of("src/main/java", "src/main/kotlin");
    /** Generated or vendored trees can be large: the application class sits near the top. */
    private static final int MAX_DEPTH = 12;

    private SpringBootMainClass() {
    }

    /** @param className the class to start; {@code source} says where it was found, for the log */
    record Found(String className, String source) {
    }

    static Optional<Found> find(ProjectInfo project) {
        Optional<MainClasses.Candidate> declared = MainClasses.first(project);
        if (declared.isPresent()) {
            return Optional.of(new Found(declared.get().className(), "the " + declared.get().source()));
        }
        List<Found> found = new ArrayList<>();
        for (String root : SOURCE_ROOTS) {
            Path dir = project.baseDir().resolve(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, MAX_DEPTH)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".kt")).sorted().toList()) {
                    mainClassIn(file).ifPresent(name -> found.add(new Found(name,
                            root + "/" + dir.relativize(file).toString().replace('\\', '/'))));
                }
            } catch (IOException | UncheckedIOException e) {
                return Optional.empty();
            }
        }
        // Two applications in one module: only the POM can say which one the jar starts.
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The class a source file declares that is a Spring Boot application with a main method. */
    static Optional<String> mainClassIn(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return Optional.empty();
        }
        if (!ANNOTATION.matcher(text).find()) {
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
