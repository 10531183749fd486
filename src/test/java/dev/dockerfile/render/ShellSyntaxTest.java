package dev.dockerfile.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellSyntaxTest {
    private static final List<String> VALUES = List.of("plain-1.0", "a b", "it's", "say \"hi\"", "-Dy=$(id)", "$HOME",
            "a`id`b", "back\\slash", "mixed '$x' \"$y\" \\$z `w`", "semi;colon&&pipe|", "*.jar", "bang!", "tab\there", "");

    @Test
    void everyValueIsOneWordThatTheShellDoesNotExpand() throws Exception {
        for (String value : VALUES) {
            // printf prints its one argument between brackets; a second word or an expansion would show.
            Process sh = new ProcessBuilder("sh", "-c", "printf '[%s]' " + ShellSyntax.quote(value)).start();
            String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, sh.waitFor(), value);
            assertEquals("[" + value + "]", out, value + " quoted as " + ShellSyntax.quote(value));
        }
    }

    @Test
    void quotesOnlyWhatNeedsIt() {
        assertEquals("com.example.Main", ShellSyntax.quote("com.example.Main"));
        assertEquals("'-Dx=a b'", ShellSyntax.quote("-Dx=a b"));
        assertEquals("\"-Dy=\\$(id)\"", ShellSyntax.quote("-Dy=$(id)"), "no '$..' for ShellCheck's SC2016 to mistake");
        assertEquals("'it'\\''s'", ShellSyntax.quote("it's"));
    }
}
