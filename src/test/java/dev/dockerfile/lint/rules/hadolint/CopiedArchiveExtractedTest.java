package dev.dockerfile.lint.rules.hadolint;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopiedArchiveExtractedTest {
    private final CopiedArchiveExtracted rule = new CopiedArchiveExtracted();

    @Test
    void catchesCopyThenExtract() {
        assertEquals(List.of("2 DL3010"), lines(rule, "FROM debian:12\nCOPY app.tar.gz /tmp/\n"
                + "RUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n"));
        assertEquals(List.of("2 DL3010"), lines(rule, "FROM debian:12\nCOPY dist/app-1.0.tgz /tmp/app.tgz\n"
                + "WORKDIR /opt\nRUN tar xzf /tmp/app.tgz\n"));
        assertEquals(List.of("2 DL3010"), lines(rule, "FROM debian:12\nCOPY [\"rootfs.tar.xz\", \"/\"]\n"
                + "RUN set -eux; \\\n    tar --extract --file=/rootfs.tar.xz; \\\n    rm /rootfs.tar.xz\n"));
        assertEquals(List.of("2 DL3010"), lines(rule, "FROM debian:12\nCOPY data.tar.gz /data/\n"
                + "RUN gunzip /data/data.tar.gz\n"));
    }

    @Test
    void windowsPathsKeepTheirBackslashes() {
        assertEquals(List.of("2 DL3010"), lines(rule, "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                + "COPY dist\\pkg\\tools.tar.gz \"C:\\Program Files\\Tools\"\n"
                + "RUN tar -xf \"C:\\Program Files\\Tools\\tools.tar.gz\"\n"));
        assertEquals(List.of("2 DL3010"), lines(rule, "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\n"
                + "COPY dist\\site.tgz C:\\inetpub\\site.tgz\nRUN tar -xzf site.tgz\n"));
    }

    @Test
    void aFragmentWithoutFromIsChecked() {
        assertEquals(List.of("1 DL3010"), lines(rule, "COPY vendor.tar /srv/\nRUN tar -xf /srv/vendor.tar\n"));
    }

    @Test
    void passesArchivesKeptPackedOrFromOtherStages() {
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCOPY data.tar.gz /data/\nCMD [\"/bin/start.sh\"]\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12 AS build\nRUN make dist\nFROM debian:12\n"
                + "COPY --from=build /out/app.tar /opt/app.tar\nRUN tar -xf /opt/app.tar\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -czf other.tar.gz /etc\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCOPY app.tar.gz /tmp/\nFROM debian:12\n"
                + "RUN tar -xzf /tmp/app.tar.gz\n"));
        assertEquals(List.of(), lines(rule, "FROM debian:12\nCOPY app.zip /tmp/\nRUN tar -xf other.tar\n"));
    }
}
