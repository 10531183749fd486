package dev.dockerfile.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A Dockerfile's bytes as text. BuildKit reads Dockerfiles as UTF-8; bytes that are not UTF-8
 * (a file saved as Latin-1 or UTF-16) are reported with their offset and line instead of the JDK's
 * bare "Input length = 1", which names neither the file nor the place.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** Decodes {@code content} strictly; the exception's line is where the first invalid byte is. */
    public static String decode(byte[] content) throws DockerfileParseException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        // UTF-8 never decodes to more UTF-16 units than it has bytes.
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new DockerfileParseException(line, String.format("byte 0x%02X at offset %d is not valid UTF-8",
                    content[offset] & 0xFF, offset), true);
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
