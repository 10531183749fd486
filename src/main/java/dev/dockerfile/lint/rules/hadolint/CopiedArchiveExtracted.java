package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.analysis.HadolintStages;
import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.lint.shell.Command;
import dev.dockerfile.lint.shell.Shell;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Heredoc;
import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * DL3010: a local tar archive is COPYed and then unpacked by a later RUN of the same stage
 * ({@code tar -x...}, {@code gunzip} and the like). ADD unpacks it in one layer. Archives copied
 * {@code --from} another stage are not judged (ADD has no {@code --from}); an archive copied and never
 * unpacked is fine. The finding points at the COPY.
 */
final class CopiedArchiveExtracted extends Rule {
    private static final Set<String> DECOMPRESSORS = Set.of("gunzip", "bunzip2", "unxz", "unzstd", "unlzma");

    CopiedArchiveExtracted() {
        super("DL3010", Severity.INFO, "Use ADD for extracting archives into an image",
                "COPY then RUN tar keeps the archive in one layer and its contents in the next, so the image carries"
                        + " both; ADD unpacks a local tar archive in a single step",
                "Replace the COPY and the extracting RUN with `ADD <archive> <directory>/`.");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Stage stage : HadolintStages.of(dockerfile)) {
            Map<String, Integer> archives = new HashMap<>();
            Set<Integer> reported = new TreeSet<>();
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("COPY") && instruction.flagValue("from") == null) {
                    remember(instruction, archives);
                } else if (instruction.is("RUN") && !archives.isEmpty()) {
                    for (String name : extracted(instruction)) {
                        Integer line = archives.get(name);
                        if (line != null && reported.add(line)) {
                            findings.add(this, line, "COPY of archive `" + name + "` is unpacked by the RUN on line "
                                    + instruction.startLine() + ". Use `ADD " + name + " <directory>/` to unpack it"
                                    + " in one step and drop the tar command.");
                        }
                    }
                }
            }
        }
    }

    private static void remember(Instruction copy, Map<String, Integer> archives) {
        InstructionWords.CopyOperands operands = InstructionWords.writtenCopyOperands(copy);
        if (operands == null) {
            return;
        }
        String destination = operands.destination();
        boolean toDirectory = destination.endsWith("/") || destination.endsWith("\\") || destination.equals(".");
        if (!toDirectory && InstructionWords.isArchive(destination)) {
            archives.put(InstructionWords.basename(destination), copy.startLine());
            return;
        }
        for (String source : operands.sources()) {
            if (InstructionWords.isArchive(source) && !InstructionWords.isUrl(source)) {
                archives.put(InstructionWords.basename(source), copy.startLine());
            }
        }
    }

    /** Base names of the files the RUN unpacks. */
    private static List<String> extracted(Instruction run) {
        List<String> scripts = new ArrayList<>();
        scripts.add(run.command());
        for (Heredoc heredoc : run.heredocs()) {
            scripts.add(heredoc.content());
        }
        List<String> names = new ArrayList<>();
        for (String script : scripts) {
            for (Command command : Shell.commands(script)) {
                if (isExtraction(command)) {
                    for (String arg : command.args()) {
                        if (arg.startsWith("--file=")) {
                            names.add(InstructionWords.basename(arg.substring("--file=".length())));
                        } else if (!arg.startsWith("-")) {
                            names.add(InstructionWords.basename(arg));
                        }
                    }
                }
            }
        }
        return names;
    }

    private static boolean isExtraction(Command command) {
        String name = InstructionWords.basename(command.name());
        if (DECOMPRESSORS.contains(name)) {
            return true;
        }
        if (name.equals("xz") || name.equals("gzip") || name.equals("bzip2") || name.equals("zstd")) {
            return command.hasFlag("-d", "--decompress");
        }
        if (!name.equals("tar") && !name.equals("bsdtar")) {
            return false;
        }
        if (command.hasFlag("-x", "--extract", "--get")) {
            return true;
        }
        // Old-style bundled options without a dash: tar xzf archive.tgz
        List<String> args = command.args();
        return !args.isEmpty() && args.get(0).matches("[A-Za-z]*x[A-Za-z]*");
    }
}
