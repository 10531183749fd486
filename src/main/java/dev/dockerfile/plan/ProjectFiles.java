package dev.dockerfile.plan;

import dev.dockerfile.config.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the project's own text files (.python-version, pyproject.toml, .nvmrc, ...) the way their
 * tools do, as UTF-8, and says which file and where when one is not: Java's decoder would only say
 * "Input length = 1".
 */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    /** The file's text; {@code shown} is how the message names it (relative to the module). */
    public static String readUtf8(Path file, String shown) throws ConfigurationException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidByte(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new ConfigurationException(null, shown + " is not UTF-8 text: line " + line + " has the byte 0x"
                    + String.format("%02X", bytes[offset] & 0xff) + " (offset " + offset + "), which UTF-8 does not"
                    + " allow there. Save the file as UTF-8.");
        }
    }

    public static List<String> readUtf8Lines(Path file, String shown) throws ConfigurationException {
        return readUtf8(file, shown).lines().toList();
    }

    /** Where decoding fails: the first byte that does not start, or continue, a valid UTF-8 sequence. */
    static int firstInvalidByte(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                return i;
            }
            i += length;
        }
        return Math.max(0, bytes.length - 1);
    }

    private static int sequenceLength(byte[] bytes, int at) {
        for (int length = 1; length <= 4 && at + length <= bytes.length; length++) {
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, at, length));
                return length;
            } catch (CharacterCodingException e) {
                // try one more byte
            }
        }
        return 0;
    }
}
