package dev.dockerfile.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {

    @Test
    void readsWhatAManifestHolds() throws Exception {
        Map<String, Object> json = Json.parseObject("\uFEFF{\n \"name\": \"a\\u0041\\n\", \"private\": true,"
                + " \"n\": -1.5e3, \"x\": null,\n \"files\": [\"dist\", 3, \"lib/\"], \"scripts\": {\"start\": \"node \\\"s.js\\\"\"},"
                + " \"e\": {}, \"l\": [] }");
        assertEquals("aA\n", Json.string(json, "name"));
        assertEquals(Boolean.TRUE, json.get("private"));
        assertEquals(new java.math.BigDecimal("-1.5e3"), json.get("n"));
        assertNull(json.get("x"));
        assertEquals(List.of("dist", "lib/"), Json.strings(json, "files"));
        assertEquals("node \"s.js\"", Json.string(Json.object(json, "scripts"), "start"));
        assertEquals(Map.of(), Json.object(json, "missing"));
        assertNull(Json.string(json, "private"));
        assertEquals(List.of(), Json.strings(json, "name"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[1] | line 1: expected an object ('{'), found '['",
        "{\"a\" 1} | line 1: expected ':', found '1'",
        "{\"a\": tru} | line 1: expected a value, found 't'",
        "{\"a\": \"x} | line 1: expected a closing quote, found the end of the file",
        "{\"a\": [1 2]} | line 1: expected ',' or ']', found '2'",
        "{\"a\": \"\\q\"} | line 1: expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u), found 'q'",
        "{\"a\": \"\\u12\"} | line 1: expected four hex digits after \\u, found '1'",
        "{} {} | line 1: expected the end of the file, found '{'",
        "{\"a\": 1 | line 1: expected ',' or '}', found the end of the file"})
    void errorsNameTheLine(String text, String message) {
        var e = assertThrows(Json.SyntaxError.class, () -> Json.parseObject(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void readsAnyValueAtTheTop() throws Exception {
        assertEquals(List.of(), Json.parse("[ ]"));
        assertEquals(java.util.Arrays.asList("'$x'", null, Boolean.FALSE), Json.parse("[\"'$x'\",null,false]"));
        assertEquals(Map.of("comments", List.of(Map.of("code", new java.math.BigDecimal("2086")))),
                Json.parse(" {\"comments\": [{\"code\": 2086}]}\n"));
        assertThrows(Json.SyntaxError.class, () -> Json.parse(""));
        assertThrows(Json.SyntaxError.class, () -> Json.parse("-"));
    }

    @Test
    void theLineIsCountedAcrossLines() {
        var e = assertThrows(Json.SyntaxError.class, () -> Json.parseObject("{\"a\": 1,\n\n}"));
        assertEquals("line 3: expected a quoted key, found '}'", e.getMessage());
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        var e = assertThrows(Json.SyntaxError.class, () -> Json.parseObject(deep));
        assertEquals("line 1: expected less nesting (at most 200 levels), found '['", e.getMessage());
    }
}
