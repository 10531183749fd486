package dev.dockerfile.lint.shellcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {
    @Test
    void readsEveryKindOfValue() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("comments", List.of(Map.of("code", 2086.0, "fix", Map.of()), List.of()));
        expected.put("t", true);
        expected.put("f", false);
        expected.put("n", null);
        expected.put("x", -1.5e2);
        assertEquals(expected, JsonReader.read(
                " {\"comments\": [{\"code\": 2086, \"fix\": {}}, []], \"t\": true, \"f\": false, \"n\": null, \"x\": -1.5e2}\n"));
        assertEquals(List.of(), JsonReader.read("[ ]"));
    }

    @Test
    void readsEscapes() {
        assertEquals("a\"b\\c/d\b\f\n\r\te\u00e9", JsonReader.read("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\te\\u00e9\""));
        assertEquals(Arrays.asList("'$x'", null), JsonReader.read("[\"'$x'\",null]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\" 1}", "{1: 2}", "[1,]", "[1 2]", "\"abc", "\"\\", "\"\\q\"", "\"\\u12\"",
            "\"\\u12zz\"", "tru", "-", "{} x", "[1}"})
    void refusesWhatIsNotJson(String text) {
        var e = assertThrows(IllegalArgumentException.class, () -> JsonReader.read(text));
        assertEquals(true, e.getMessage().startsWith("not JSON: expected "), e.getMessage());
    }
}
