package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoVersionsNotPinnedTest {
    private final GoVersionsNotPinned rule = new GoVersionsNotPinned();

    @Test
    void catchesUnpinnedModules() {
        assertEquals(List.of("2 DL3062"), lines(rule, "FROM golang:1.23\nRUN go install golang.org/x/tools/gopls\n"));
        assertEquals(List.of("2 DL3062"), lines(rule, "FROM golang:1.23\nRUN go install -ldflags '-s -w' example.com/tool@latest\n"));
        assertEquals(List.of("2 DL3062"), lines(rule, "FROM golang:1.23\nRUN go get -tool example.com/gen\n"));
        assertEquals(List.of("2 DL3062"), lines(rule, "FROM golang:1.23\nRUN go run example.com/cmd/gen -out x.go\n"));
    }

    @Test
    void passesVersionsAndLocalPackages() {
        assertEquals(List.of(), lines(rule, "FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2\n"));
        assertEquals(List.of(), lines(rule, "FROM golang:1.23\nRUN go install . && go install ./cmd/... && go build -o /app .\n"));
        assertEquals(List.of(), lines(rule, "FROM golang:1.23\nRUN go run example.com/cmd/gen@v1.2.3 -flag value other\n"));
        assertEquals(List.of(), lines(rule, "FROM golang:1.23\nRUN go run main.go && go run /src/tool\n"));
        assertEquals(List.of(), lines(rule, "FROM golang:1.23\nRUN go get && go mod download && go get -tool example.com/gen@v1.0.0\n"));
    }
}
