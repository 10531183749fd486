package dev.dockerfile.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static List<String> split(String line) throws ConfigurationException {
        return CommandLine.split(Parameter.COMMAND, line);
    }

    @Test
    void splitsOnWhitespace() throws Exception {
        assertEquals(List.of("python", "-m", "app"), split("  python  -m\tapp "));
        assertEquals(List.of(), split("   "));
    }

    @Test
    void quotesKeepWordsTogetherLikeAShell() throws Exception {
        assertEquals(List.of("echo", "two words", "it's", ""), split("echo \"two words\" 'it'\\''s' ''"));
        assertEquals(List.of("a\"b", "$HOME", "c\\d"), split("\"a\\\"b\" '$HOME' \"c\\d\""));
        assertEquals(List.of("a b"), split("a\\ b"));
    }

    @Test
    void unclosedQuoteNamesTheParameter() {
        var e = assertThrows(ConfigurationException.class, () -> split("python -c 'print(1)"));
        assertEquals("<command> (-Ddockerfile.command) has an unclosed single quote: 'python -c 'print(1)'."
                + " Close the quote or remove it.", e.getMessage());
        var d = assertThrows(ConfigurationException.class, () -> CommandLine.split(Parameter.HEALTHCHECK, "x \"y"));
        assertEquals(Parameter.HEALTHCHECK, d.parameter());
    }
}
