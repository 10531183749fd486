package dev.dockerfile.stacks.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.Projects;
import dev.dockerfile.config.Settings;
import dev.dockerfile.config.SettingsValidator;
import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.plan.BuildContext;
import dev.dockerfile.plan.PlanContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenCommandTest {
    @TempDir
    Path dir;

    private Maven maven(Settings.Builder settings, Projects project) throws Exception {
        return new Maven(new PlanContext(project.build(), SettingsValidator.validate(settings.build()),
                BuildContext.of(dir, dir.resolve("target/docker"), dir.resolve("target").toString()), new ArrayList<>()));
    }

    private void wrapper(String version, boolean executable) throws Exception {
        Files.createDirectories(dir.resolve(".mvn/wrapper"));
        Files.writeString(dir.resolve(Maven.WRAPPER_PROPERTIES), "wrapperVersion=3.3.2\ndistributionUrl="
                + "https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/" + version + "/apache-maven-"
                + version + "-bin.zip\n");
        Files.writeString(dir.resolve("mvnw"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(dir.resolve("mvnw"), PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }

    @Test
    void theWrapperIsUsedWithFlagsItsMavenKnows() throws Exception {
        wrapper("3.9.11", true);
        Maven current = maven(Settings.builder(dir), Projects.at(dir));
        assertTrue(current.wrapper());
        assertEquals("./mvnw --batch-mode --no-transfer-progress package", current.command(List.of("package")));
        assertEquals(Maven.DEPENDENCY_PLUGIN, current.dependencyPlugin());
        wrapper("3.5.2", false);
        Maven old = maven(Settings.builder(dir), Projects.at(dir));
        assertEquals("sh mvnw --batch-mode package", old.command(List.of("package")));
        assertEquals(Maven.OLD_MAVEN_DEPENDENCY_PLUGIN, old.dependencyPlugin());
        wrapper("3.6.1", true);
        assertEquals("./mvnw --batch-mode --no-transfer-progress x", maven(Settings.builder(dir), Projects.at(dir))
                .command(List.of("x")));
        assertEquals(Maven.OLD_MAVEN_DEPENDENCY_PLUGIN, maven(Settings.builder(dir), Projects.at(dir)).dependencyPlugin());
    }

    @Test
    void withoutAWrapperItIsTheImagesMaven() throws Exception {
        Files.writeString(dir.resolve("mvnw"), "#!/bin/sh\n"); // a script without properties is no wrapper
        Maven maven = maven(Settings.builder(dir), Projects.at(dir));
        assertFalse(maven.wrapper());
        assertEquals("mvn --batch-mode --no-transfer-progress package", maven.command(List.of("package")));
    }

    @Test
    void userArgumentsAreQuotedAndVerifiersSkippedUnlessAsked() throws Exception {
        Projects project = Projects.at(dir).plugin(new BuildPlugin("org.apache.maven.plugins", "maven-enforcer-plugin",
                "3", null, List.of()));
        Maven maven = maven(Settings.builder(dir).mavenArgs("-Pprod \"-Dname=a b\" -Dq=';'"), project);
        assertEquals("mvn --batch-mode --no-transfer-progress package -Dmaven.test.skip=true -Ddockerfile.skip=true \\\n"
                + "      -Denforcer.skip=true -Pprod '-Dname=a b' '-Dq=;'", maven.packageStep());
        assertEquals("mvn --batch-mode --no-transfer-progress package -Dmaven.test.skip=true -Ddockerfile.skip=true \\\n"
                + "      -Dspring-boot.repackage.skip=true -Denforcer.skip=true -Pprod '-Dname=a b' '-Dq=;' \\\n"
                + " && rm -rf target", maven.prefetch(List.of("-Dspring-boot.repackage.skip=true")));
        assertEquals("mvn --batch-mode --no-transfer-progress process-classes -Dmaven.test.skip=true"
                + " -Ddockerfile.skip=true \\\n      -Denforcer.skip=true -Pprod '-Dname=a b' '-Dq=;'", maven.compileStep());
        assertEquals("mvn --batch-mode --no-transfer-progress package \\\n"
                + "      " + Maven.DEPENDENCY_PLUGIN + ":copy-dependencies -DincludeScope=runtime \\\n"
                + "      -DexcludeArtifactIds=a,b \\\n"
                + "      -Dmaven.test.skip=true -Ddockerfile.skip=true \\\n"
                + "      -Denforcer.skip=true -Pprod '-Dname=a b' '-Dq=;'",
                maven.prefetchCopyingDependencies(Maven.PACKAGE_PHASE, List.of(), List.of("a", "b")));
        assertEquals("target/dependency", maven.copiedDependencies());
        assertEquals("target/classes", maven.classesDirectory());
        Maven verifying = maven(Settings.builder(dir).verifyInBuilder(true), project);
        assertEquals("mvn --batch-mode --no-transfer-progress package -Dmaven.test.skip=true -Ddockerfile.skip=true",
                verifying.packageStep());
        assertTrue(verifying.prefetch(List.of()).contains("-Denforcer.skip=true"), "never in the dependency step");
    }

    @Test
    void versionsCompare() {
        assertTrue(Maven.older("3.5.2", 3, 6, 1));
        assertFalse(Maven.older("3.6.1", 3, 6, 1));
        assertFalse(Maven.older("4.0.0", 3, 6, 3));
        assertEquals(null, Maven.wrapperMavenVersion(dir.resolve("missing")));
    }
}
