package dev.dockerfile.stacks.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.Projects;
import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Settings;
import dev.dockerfile.config.SettingsValidator;
import dev.dockerfile.plan.BuildContext;
import dev.dockerfile.plan.PlanContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutChoiceTest {
    @TempDir
    Path dir;
    private final List<String> notes = new ArrayList<>();

    private PlanContext context(String layout) throws Exception {
        return new PlanContext(Projects.at(dir).build(), SettingsValidator.validate(Settings.builder(dir).layout(layout).build()),
                BuildContext.of(dir, dir.resolve("target/docker"), dir.resolve("target").toString()), notes);
    }

    @Test
    void autoIsExplodedUnlessSomethingNeedsTheJar() throws Exception {
        assertTrue(LayoutChoice.exploded(context(null), null));
        assertTrue(notes.get(0).startsWith("layout exploded: the image runs target/classes with the dependency jars"), notes.get(0));
        notes.clear();
        assertFalse(LayoutChoice.exploded(context("auto"), "cds archives only classes loaded from jars"));
        assertEquals(List.of("layout jar: cds archives only classes loaded from jars"), notes);
    }

    @Test
    void jarIsAlwaysTheJar() throws Exception {
        assertFalse(LayoutChoice.exploded(context("JAR"), null));
        assertEquals(List.of("layout jar (set by <layout> (-Ddockerfile.layout)): the image runs the jar Maven packages"), notes);
    }

    @Test
    void explodedWhereItCannotBeIsAnErrorThatSaysWhy() throws Exception {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> LayoutChoice.exploded(context("exploded"), "cds archives only classes loaded from jars"));
        assertTrue(e.getMessage().contains("<layout> (-Ddockerfile.layout) is exploded, but cds archives only classes loaded"
                + " from jars. Use <layout>jar</layout> or leave it to auto."), e.getMessage());
        assertTrue(LayoutChoice.exploded(context("exploded"), null));
    }

    @Test
    void anUnknownLayoutIsRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> context("thin"));
        assertTrue(e.getMessage().contains("is 'thin': use exploded, jar or auto (the default)."), e.getMessage());
    }
}
