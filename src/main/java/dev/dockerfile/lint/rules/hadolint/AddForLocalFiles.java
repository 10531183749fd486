package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Findings;
import dev.dockerfile.lint.LintContext;
import dev.dockerfile.lint.Rule;
import dev.dockerfile.lint.Severity;
import dev.dockerfile.parse.Dockerfile;
import dev.dockerfile.parse.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * DL3020: ADD of plain files or folders. ADD is only needed to fetch a URL or to unpack a local tar
 * archive; a source that is a variable is not judged. Zip files are plain files here: ADD does not
 * unpack them.
 */
final class AddForLocalFiles extends Rule {
    AddForLocalFiles() {
        super("DL3020", Severity.ERROR, "Use COPY instead of ADD for files and folders",
                "ADD also fetches URLs and unpacks archives, so a reader cannot tell what it does; COPY only copies",
                "Replace ADD with COPY (keep ADD only for URLs and tar archives to unpack).");
    }

    @Override
    public void check(Dockerfile dockerfile, LintContext context, Findings findings) {
        for (Instruction instruction : InstructionWords.withTriggers(dockerfile.instructions())) {
            if (!instruction.is("ADD")) {
                continue;
            }
            InstructionWords.CopyOperands operands = InstructionWords.copyOperands(instruction, dockerfile.escape());
            if (operands == null) {
                continue;
            }
            List<String> files = new ArrayList<>();
            for (String source : operands.sources()) {
                if (!InstructionWords.isUrl(source) && !InstructionWords.isArchive(source)
                        && !InstructionWords.startsWithVariable(source)) {
                    files.add(source);
                }
            }
            if (!files.isEmpty()) {
                findings.add(this, instruction.startLine(), "ADD of " + String.join(", ", files) + " copies plain"
                        + " files or folders. Use COPY: ADD is only for URLs and tar archives to unpack.");
            }
        }
    }
}
