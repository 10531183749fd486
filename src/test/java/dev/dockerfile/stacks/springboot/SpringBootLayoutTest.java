package dev.dockerfile.stacks.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpringBootLayoutTest {

    @Test
    void springBootLayoutFollowsTheVersion() {
        assertEquals(new SpringBootLayout("tools", "org.springframework.boot.loader.launch.JarLauncher"),
                SpringBootLayout.forVersion("3.3.0"));
        assertEquals("java -Djarmode=tools -jar app.jar extract --layers --launcher --destination /layers",
                SpringBootLayout.forVersion("3.3.0").extractCommand(true, "/layers"));
        assertEquals("java -Djarmode=tools -jar app.jar extract --layers --destination /layers",
                SpringBootLayout.forVersion("3.5.7").extractCommand(false, "/layers"));
        assertEquals(true, SpringBootLayout.forVersion("3.3.0").supportsCds());
        assertEquals(false, SpringBootLayout.forVersion("3.2.5").supportsCds());
        assertEquals(SpringBootLayout.forVersion("3.3.0"), SpringBootLayout.forVersion("4.1.2"));
        assertEquals(SpringBootLayout.forVersion("3.3.0"), SpringBootLayout.forVersion(""));
        assertEquals("org.springframework.boot.loader.launch.JarLauncher", SpringBootLayout.forVersion("3.2.5").launcher());
        assertEquals("java -Djarmode=layertools -jar app.jar extract --destination /layers",
                SpringBootLayout.forVersion("3.2.5").extractCommand(true, "/layers"));
        assertEquals("org.springframework.boot.loader.JarLauncher", SpringBootLayout.forVersion("2.7.18").launcher());
    }
}
