package dev.dockerfile.lint.rules.hadolint;

import dev.dockerfile.lint.Rule;
import java.util.List;

/**
 * The hadolint rules that read the shell commands of RUN instructions (DL3001 to DL4006), for
 * {@code Rules.all()}. They skip RUNs whose shell is PowerShell or cmd (a SHELL instruction, a Windows base
 * image, or the {@code # hadolint shell=powershell} pragma).
 */
public final class HadolintShellRules {
    private HadolintShellRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new CommandPointlessInContainer(),
                new CdInsteadOfWorkdir(),
                new SudoUsed(),
                new AptGetVersionsNotPinned(),
                new AptListsNotDeleted(),
                new PipVersionsNotPinned(),
                new AptGetYesMissing(),
                new AptGetRecommendsInstalled(),
                new NpmVersionsNotPinned(),
                new ApkVersionsNotPinned(),
                new ApkCacheNotDisabled(),
                new AptUsed(),
                new GemVersionsNotPinned(),
                new YumYesMissing(),
                new YumCleanMissing(),
                new YumVersionsNotPinned(),
                new ZypperNonInteractiveMissing(),
                new ZypperDistUpgradeUsed(),
                new ZypperCleanMissing(),
                new ZypperVersionsNotPinned(),
                new DnfYesMissing(),
                new DnfCleanMissing(),
                new DnfVersionsNotPinned(),
                new PipCacheNotDisabled(),
                new UseraddHighUidWithoutNoLogInit(),
                new WgetProgressMissing(),
                new YarnCacheNotCleaned(),
                new GoVersionsNotPinned(),
                new WgetAndCurlBothUsed(),
                new DefaultShellSymlinked(),
                new PipefailMissing());
    }
}
