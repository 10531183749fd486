package dev.dockerfile.stacks.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeVersionTest {

    @ParameterizedTest(name = "engines.node \"{0}\" -> {1}")
    @CsvSource(delimiter = ';', value = {
        "20; 20", "20.x; 20", "^20.11.0; 20", "~22.3; 22", "20.11.1; 20", ">=18; 24", ">=18.0.0; 24", ">18; 24",
        ">=16 <21; 20", ">=16 <22; 20", ">=16 <=21; 20", "<23; 22", "18 || 20; 20", "18 || >=20; 24", "*; 24",
        "18 - 20; 20", ">=25; 26", ">=26; 26", "22.x || 24.x; 24", ">=20 <23; 22"})
    void rangesGiveTheLtsLineTheyAllowElseTheNearest(String range, int major) {
        assertEquals(major, NodeVersion.fromRange(range).orElseThrow().major());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"whatever", "latest", "lts"})
    void unreadableRangesFallBack(String range) {
        assertTrue(NodeVersion.fromRange(range).isEmpty());
    }

    @ParameterizedTest(name = "pin \"{0}\" -> node:{1}-slim")
    @CsvSource(delimiter = ';', value = {"v20.11.1; 20.11.1", "20; 20", "22.4; 22", " 18.20.4 ; 18.20.4",
        "lts/iron; 20", "lts/Jod; 22", "lts/*; 24", "lts/unknown; 24"})
    void pinsAreKept(String pin, String tag) {
        assertEquals(tag, NodeVersion.fromPin(pin, ".nvmrc").orElseThrow().tag());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"node", "stable", "v", "100.1"})
    void unreadablePinsAreIgnored(String pin) {
        assertTrue(NodeVersion.fromPin(pin, ".nvmrc").isEmpty());
    }
}
