package dev.dockerfile.stacks.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackageJsonTest {

    @Test
    void readsWhatAManifestHolds() throws Exception {
        Map<String, Object> json = PackageJson.parseObject("\uFEFF{\n \"name\": \"a\\u0041\\n\", \"private\": true,"
                + " \"n\": -1.5e3, \"x\": null,\n \"files\": [\"dist\", 3, \"lib/\"], \"scripts\": {\"start\": \"node \\\"s.js\\\"\"},"
                + " \"e\": {}, \"l\": [] }");
        assertEquals("aA\n", PackageJson.string(json, "name"));
        assertEquals(Boolean.TRUE, json.get("private"));
        assertEquals(new java.math.BigDecimal("-1.5e3"), json.get("n"));
        assertNull(json.get("x"));
        assertEquals(List.of("dist", "lib/"), PackageJson.strings(json, "files"));
        assertEquals("node \"s.js\"", PackageJson.string(PackageJson.object(json, "scripts"), "start"));
        assertEquals(Map.of(), PackageJson.object(json, "missing"));
        assertNull(PackageJson.string(json, "private"));
        assertEquals(List.of(), PackageJson.strings(json, "name"));
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
        var e = assertThrows(PackageJson.SyntaxError.class, () -> PackageJson.parseObject(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void theLineIsCountedAcrossLines() {
        var e = assertThrows(PackageJson.SyntaxError.class, () -> PackageJson.parseObject("{\"a\": 1,\n\n}"));
        assertEquals("line 3: expected a quoted key, found '}'", e.getMessage());
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        var e = assertThrows(PackageJson.SyntaxError.class, () -> PackageJson.parseObject(deep));
        assertEquals("line 1: expected less nesting (at most 200 levels), found '['", e.getMessage());
    }
}
