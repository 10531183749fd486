package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GemVersionsNotPinnedTest {
    private final GemVersionsNotPinned rule = new GemVersionsNotPinned();

    @Test
    void catchesUnpinnedGems() {
        assertEquals(List.of("2 DL3028"), lines(rule, "FROM ruby:3.3\nRUN gem install bundler\n"));
        assertEquals(List.of("2 DL3028"), lines(rule, "FROM ruby:3.3\nRUN gem i rails:7.1.3 nokogiri\n"));
        assertEquals(List.of("2 DL3028"), lines(rule, "FROM ruby:3.3\nRUN gem install --no-document bundler\n"));
    }

    @Test
    void passesVersionsAndOptionValues() {
        assertEquals(List.of(), lines(rule, "FROM ruby:3.3\nRUN gem install bundler:2.5.6\n"));
        assertEquals(List.of(), lines(rule, "FROM ruby:3.3\nRUN gem install bundler -v '2.5.6' && gem install rake --version=13.1.0\n"));
        assertEquals(List.of(), lines(rule, "FROM ruby:3.3\nRUN gem install nokogiri:1.16.2 -- --use-system-libraries\n"));
        assertEquals(List.of(), lines(rule, "FROM ruby:3.3\nRUN gem install nokogiri:1.16.2 --platform ruby --install-dir /gems\n"));
        assertEquals(List.of(), lines(rule, "FROM ruby:3.3\nRUN gem update --system && gem install ./pkg/tool-1.0.gem\n"));
    }
}
