package dev.dockerfile.lint.report;

import dev.dockerfile.lint.Finding;
import java.util.List;

/** The findings of one file; {@code path} is relative to the module, with forward slashes. */
public record FileFindings(String path, List<Finding> findings) {
    public FileFindings {
        findings = List.copyOf(findings);
    }
}
