package dev.dockerfile.stacks.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JlinkerTest {
    @Test
    void frameworkModulesAlwaysAndAnAgentsModuleWhenThereIsOne() {
        String plain = Jlinker.plan("21", "/layers", "/layers/application/app.jar", false, List.of()).link();
        assertTrue(plain.contains("\"$(cat /jlink/modules),jdk.crypto.ec,jdk.management,jdk.unsupported,jdk.zipfs\""), plain);
        String agent = Jlinker.plan("21", "/layers", "/a.jar", true, List.of("-javaagent:/app/otel.jar")).link();
        assertTrue(agent.contains(",jdk.zipfs,java.instrument\"") && agent.contains("--generate-cds-archive"), agent);
        String modules = Jlinker.plan("21", "/layers", "/a.jar", false, List.of()).modules();
        assertTrue(modules.contains("--recursive --multi-release 21 --print-module-deps \\\n"
                + "        --class-path \"$(find /layers -name '*.jar' | tr '\\n' ':')\" /a.jar > /jlink/modules"), modules);
    }
}
