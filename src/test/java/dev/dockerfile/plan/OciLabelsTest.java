package dev.dockerfile.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.Projects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OciLabelsTest {
    private static final String P = "org.opencontainers.image.";

    @Test
    void valuesInheritedFromAFrameworkParentAreLeftOutOwnOnesKept() {
        List<String> notes = new ArrayList<>();
        Map<String, String> labels = OciLabels.from(Projects.at(Path.of(".")).groupId("com.acme.orders").artifactId("orders")
                .description("Parent pom providing dependency and plugin management").url("https://acme.example/orders")
                .scmUrl("https://github.com/spring-projects/spring-boot/orders").vendor("VMware, Inc.").licenses("MIT")
                .inherited("description", "org.springframework.boot", "spring-boot-starter-parent", false)
                .inherited("url", "com.acme", "acme-parent", false)
                .inherited("scm", "org.springframework.boot", "spring-boot-starter-parent", false)
                .inherited("organization", "io.micronaut.platform", "micronaut-parent", false)
                .inherited("licenses", "org.other", "company-parent", true)
                .build(), "img:1", "abc123", notes);
        assertEquals(Map.of(P + "title", "orders", P + "version", "1.0.0", P + "url", "https://acme.example/orders",
                P + "revision", "abc123", P + "licenses", "MIT", P + "base.name", "img:1"), labels);
        assertEquals(List.of("labels: description, scm left out: inherited from org.springframework.boot:spring-boot-starter-parent,"
                        + " not declared by this project (declare them in the POM to label the image with them)",
                "labels: organization left out: inherited from io.micronaut.platform:micronaut-parent, not declared by"
                        + " this project (declare it in the POM to label the image with it)"), notes);
    }

    @Test
    void groupsOwnTheirSubgroups() {
        assertTrue(OciLabels.sameGroup("com.acme.orders", "com.acme"));
        assertTrue(OciLabels.sameGroup("com.acme", "com.acme"));
        assertEquals(false, OciLabels.sameGroup("org.springframework.samples", "org.springframework.boot"));
        assertEquals(false, OciLabels.sameGroup("com.acmex", "com.acme"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://github.com/o/r | https://github.com/o/r",
        "https://github.com/o/r.git | https://github.com/o/r",
        "scm:git:https://github.com/o/r.git | https://github.com/o/r",
        "scm:git:git@github.com:o/r.git | https://github.com/o/r",
        "git@gitlab.com:group/sub/r.git | https://gitlab.com/group/sub/r",
        "scm:git@github.com:micronaut-projects/micronaut-core.git/child | https://github.com/micronaut-projects/micronaut-core",
        "git://github.com/o/r.git | https://github.com/o/r",
        "ssh://git@github.com/o/r.git | https://github.com/o/r",
        "scm:git:ssh://git@example.org:7999/o/r.git | https://example.org:7999/o/r",
        "scm:svn:https://svn.example.org/repos/x | https://svn.example.org/repos/x",
        "http://example.org/git | http://example.org/git",
        "https://user@github.com/o/r | https://github.com/o/r"})
    void scmUrlsBecomeWhatABrowserOpens(String scm, String url) {
        assertEquals(url, OciLabels.sourceUrl(scm));
    }

    @Test
    void unusableScmUrlsAreLeftOut() {
        assertNull(OciLabels.sourceUrl("not a url"));
        assertNull(OciLabels.sourceUrl("scm:cvs:pserver:anon@cvs.example.org:/cvs"));
        assertNull(OciLabels.sourceUrl(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Apache License, Version 2.0 | Apache-2.0", "The Apache Software License, Version 2.0 | Apache-2.0",
        "Apache 2.0 | Apache-2.0", "Apache-2.0 | Apache-2.0", "ASL 2.0 | Apache-2.0",
        "https://www.apache.org/licenses/LICENSE-2.0.txt | Apache-2.0",
        "MIT | MIT", "MIT License | MIT", "The MIT License | MIT", "https://opensource.org/licenses/MIT | MIT",
        "BSD 3-Clause License | BSD-3-Clause", "New BSD License | BSD-3-Clause", "BSD-2-Clause | BSD-2-Clause",
        "Simplified BSD License | BSD-2-Clause",
        "Eclipse Public License - v 2.0 | EPL-2.0", "Eclipse Public License 1.0 | EPL-1.0", "EPL-2.0 | EPL-2.0",
        "Mozilla Public License, Version 2.0 | MPL-2.0",
        "GNU Lesser General Public License, Version 2.1 | LGPL-2.1-only",
        "GNU Lesser General Public License v3.0 or later | LGPL-3.0-or-later",
        "GNU General Public License, version 2 (GPL2), with the classpath exception | GPL-2.0-only WITH Classpath-exception-2.0",
        "GNU General Public License v3.0 | GPL-3.0-only", "GPLv2+ | GPL-2.0-or-later",
        "CC0 1.0 Universal | CC0-1.0", "The Unlicense | Unlicense", "ISC License | ISC"})
    void licenceNamesMapToSpdxIds(String name, String id) {
        assertEquals(Optional.of(id), SpdxLicenses.id(name));
    }

    @Test
    void unknownLicencesAreLeftOutNeverGuessed() {
        List<String> notes = new ArrayList<>();
        Map<String, String> labels = OciLabels.from(Projects.at(Path.of(".")).licenses("Proprietary", "Acme Licence 1.2")
                .build(), "img:1", null, notes);
        assertNull(labels.get(P + "licenses"));
        assertEquals(List.of("labels: licence 'Proprietary' left out: no SPDX id is certain for it",
                "labels: licence 'Acme Licence 1.2' left out: no SPDX id is certain for it"), notes);
        assertEquals("MIT OR Apache-2.0", OciLabels.from(Projects.at(Path.of(".")).licenses("MIT", "Apache 2", "MIT License",
                "Other").build(), "i:1", null, new ArrayList<>()).get(P + "licenses"));
    }
}
