package dev.dockerfile.lint.shellcheck;

import dev.dockerfile.text.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code shellcheck} once on many scripts: each is written to a file of its own in a fresh temporary
 * directory (so a script is data, never a command line), and one call reads them all; what it reports
 * comes back per script.
 */
final class ShellcheckProcess {
    /** ShellCheck reads a few thousand lines in well under a second; this only ends a hung process. */
    static final long TIMEOUT_SECONDS = 60;
    /** Scripts per call: keeps the command line far below every platform's limit (32 KiB on Windows). */
    static final int BATCH = 1000;
    /** What hadolint drops: ash is read as dash (SC2187), and {@code source} of a file the build has (SC1090, SC1091). */
    private static final String EXCLUDED = "SC1090,SC1091,SC2187";

    /** One report of ShellCheck's: which script (index in the list given), its level, code and message. */
    record Comment(int script, String level, int code, String message) {
    }

    private final Path binary;
    private final long timeoutSeconds;

    ShellcheckProcess(Path binary, long timeoutSeconds) {
        this.binary = binary;
        this.timeoutSeconds = timeoutSeconds;
    }

    List<Comment> check(List<String> scripts) throws ShellcheckException {
        Path dir;
        try {
            dir = Files.createTempDirectory("dockerfile-shellcheck-");
        } catch (IOException e) {
            throw new ShellcheckException("cannot create a temporary directory (" + e + ")", e);
        }
        try {
            List<Comment> comments = new ArrayList<>();
            for (int first = 0; first < scripts.size(); first += BATCH) {
                comments.addAll(run(dir, scripts, first, Math.min(scripts.size(), first + BATCH)));
            }
            return comments;
        } finally {
            delete(dir);
        }
    }

    private List<Comment> run(Path dir, List<String> scripts, int first, int end) throws ShellcheckException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--norc", "--format=json1",
                "--exclude=" + EXCLUDED));
        try {
            for (int i = first; i < end; i++) {
                Files.writeString(dir.resolve(i + ".sh"), scripts.get(i), StandardCharsets.UTF_8);
                command.add(i + ".sh");
            }
        } catch (IOException e) {
            throw new ShellcheckException("cannot write the scripts to " + dir + " (" + e + ")", e);
        }
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // Only the Dockerfile and this plugin's configuration decide what is reported: no .shellcheckrc
        // (--norc), and no options from the environment of whoever runs the build.
        builder.environment().remove("SHELLCHECK_OPTS");
        int exit;
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ShellcheckException("did not finish within " + timeoutSeconds + " s");
            }
            exit = process.exitValue();
        } catch (IOException e) {
            throw new ShellcheckException("cannot be started (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShellcheckException("was interrupted", e);
        }
        // 0: no comments, 1: some; anything else is a failure (bad options, unreadable files).
        if (exit != 0 && exit != 1) {
            throw new ShellcheckException("exited with status " + exit + firstLine(err));
        }
        return comments(read(out));
    }

    private static List<Comment> comments(String json) throws ShellcheckException {
        List<Comment> comments = new ArrayList<>();
        try {
            Object report = Json.parse(json);
            for (Object item : (List<?>) ((Map<?, ?>) report).get("comments")) {
                Map<?, ?> c = (Map<?, ?>) item;
                String file = (String) c.get("file");
                int script = Integer.parseInt(file.substring(0, file.length() - ".sh".length()));
                comments.add(new Comment(script, (String) c.get("level"), ((Number) c.get("code")).intValue(),
                        (String) c.get("message")));
            }
        } catch (Json.SyntaxError | IllegalArgumentException | ClassCastException | NullPointerException
                | IndexOutOfBoundsException e) {
            throw new ShellcheckException("answered with something other than its json1 report (" + e.getMessage()
                    + "): " + abbreviate(json), e);
        }
        return comments;
    }

    private static String read(Path file) throws ShellcheckException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ShellcheckException("left no readable report (" + e + ")", e);
        }
    }

    private static String firstLine(Path err) throws ShellcheckException {
        String text = read(err).strip();
        return text.isEmpty() ? "" : ": " + abbreviate(text.lines().findFirst().orElse(""));
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover in the temporary directory harms nothing; the findings are what matters.
        }
    }
}
