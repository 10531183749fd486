package dev.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Says up front, in the test summary, whether the it/ projects' images will really be built and run:
 * skipped (visibly) without a Docker engine, a failure when DOCKERFILE_IT_DOCKER=require (CI).
 */
class DockerEngineTest {
    private static final Path DOCKER = Path.of(System.getenv().getOrDefault("DOCKER", "/usr/bin/docker"));

    @Test
    void dockerEngineForTheItChecks() throws Exception {
        String mode = System.getenv().getOrDefault("DOCKERFILE_IT_DOCKER", "auto");
        assumeTrue(!mode.equals("skip"), "DOCKERFILE_IT_DOCKER=skip: the it/ docker checks are skipped");
        boolean answers = engineAnswers();
        if (mode.equals("require")) {
            assertTrue(answers, "DOCKERFILE_IT_DOCKER=require but no Docker engine answers at " + DOCKER
                    + ": run ../shared/docker-lab/engine-up");
        }
        assumeTrue(answers, "no Docker engine answers at " + DOCKER + ": the it/ docker checks (build, run, inspect,"
                + " rebuild) are skipped. Run ../shared/docker-lab/engine-up, or set DOCKERFILE_IT_DOCKER=require.");
    }

    private static boolean engineAnswers() throws Exception {
        if (!Files.isExecutable(DOCKER)) {
            return false;
        }
        Process info = new ProcessBuilder(DOCKER.toString(), "info").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!info.waitFor(20, TimeUnit.SECONDS)) {
            info.destroyForcibly();
            return false;
        }
        return info.exitValue() == 0;
    }
}
