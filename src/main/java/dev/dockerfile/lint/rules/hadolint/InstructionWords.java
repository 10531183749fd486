package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.parse.Instruction;
import dev.dockerfile.parse.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.dockerfile.parse.KeyValue;
import dev.dockerfile.parse.Dockerfile;

/** Small readers shared by the instruction rules: unquoted words, COPY/ADD operands, paths, archives. */
final class InstructionWords {
    /** Extensions of the files ADD unpacks (tar, optionally compressed), as hadolint's archive rules read them. */
    private static final List<String> ARCHIVE_EXTENSIONS = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2",
            ".tbz", ".tb2", ".tar.xz", ".txz", ".tar.lz", ".tar.lzma", ".tlz", ".tar.z", ".tz", ".tar.zst", ".tzst",
            ".gz", ".bz2", ".xz", ".lz", ".lzma", ".z", ".zst");

    private InstructionWords() {
    }

    /** The arguments as words with quotes and escapes removed; for exec form, the JSON strings. */
    static List<String> words(Instruction instruction, char escape) {
        if (instruction.isExecForm()) {
            return instruction.execForm();
        }
        List<String> words = new ArrayList<>();
        for (String word : Words.split(instruction.arguments(), escape)) {
            words.add(Words.unquote(word, escape));
        }
        return words;
    }

    /** The instructions and, after each ONBUILD, the instruction it registers (same line). */
    static List<Instruction> withTriggers(List<Instruction> instructions) {
        List<Instruction> all = new ArrayList<>();
        for (Instruction instruction : instructions) {
            all.add(instruction);
            if (instruction.trigger() != null) {
                all.add(instruction.trigger());
            }
        }
        return all;
    }

    /** One {@code key=value} of a LABEL (ONBUILD LABELs included), with the line to report it on. */
    record Label(int line, KeyValue pair) {
    }

    /** Every label the file sets, in order: what the label rules (DL3048, DL3051-DL3058) read. */
    static List<Label> labels(Dockerfile dockerfile) {
        List<Label> labels = new ArrayList<>();
        for (Instruction instruction : withTriggers(dockerfile.instructions())) {
            if (instruction.is("LABEL")) {
                instruction.pairs().forEach(pair -> labels.add(new Label(instruction.startLine(), pair)));
            }
        }
        return labels;
    }

    /** COPY/ADD operands: every word but the last is a source; {@code null} when there are fewer than two. */
    static CopyOperands copyOperands(Instruction instruction, char escape) {
        return copyOperands(words(instruction, escape));
    }

    /**
     * COPY/ADD operands as paths are written, quotes removed but backslashes kept: {@code "C:\Program Files\a.tgz"}
     * has the base name {@code a.tgz} (unescaping would make it {@code C:Program Filesa.tgz}).
     */
    static CopyOperands writtenCopyOperands(Instruction instruction) {
        if (instruction.isExecForm()) {
            return copyOperands(instruction.execForm());
        }
        List<String> words = new ArrayList<>();
        for (String word : Words.split(instruction.arguments())) {
            boolean quoted = word.length() >= 2 && (word.startsWith("\"") && word.endsWith("\"")
                    || word.startsWith("'") && word.endsWith("'"));
            words.add(quoted ? word.substring(1, word.length() - 1) : word);
        }
        return copyOperands(words);
    }

    private static CopyOperands copyOperands(List<String> words) {
        if (words.size() < 2) {
            return null;
        }
        return new CopyOperands(List.copyOf(words.subList(0, words.size() - 1)), words.get(words.size() - 1));
    }

    record CopyOperands(List<String> sources, String destination) {
    }

    /**
     * {@code /x}, {@code \x}, or a Windows drive path ({@code C:\x}, {@code c:/x}; with the default
     * escape character BuildKit reads {@code C:\app} as {@code C:app}, which still names drive C).
     */
    static boolean isAbsolutePath(String path) {
        if (path.startsWith("/") || path.startsWith("\\")) {
            return true;
        }
        return path.length() >= 2 && path.charAt(1) == ':' && (path.charAt(0) >= 'A' && path.charAt(0) <= 'Z'
                || path.charAt(0) >= 'a' && path.charAt(0) <= 'z');
    }

    /** True when the path starts with a variable ({@code $HOME/x}, {@code ${DIR}}): its value is not known here. */
    static boolean startsWithVariable(String path) {
        return path.startsWith("$");
    }

    static boolean isUrl(String source) {
        return source.contains("://") || source.startsWith("git@");
    }

    /** A tar archive (plain or compressed) by its name, the kind ADD unpacks. */
    static boolean isArchive(String path) {
        String name = basename(path).toLowerCase(Locale.ROOT);
        for (String extension : ARCHIVE_EXTENSIONS) {
            if (name.length() > extension.length() && name.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    /** The last path element: {@code a/b.tar} is {@code b.tar}; {@code a/} is {@code ""}. */
    static String basename(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
