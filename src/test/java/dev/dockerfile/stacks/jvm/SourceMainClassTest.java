package dev.dockerfile.stacks.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.Projects;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceMainClassTest {
    @TempDir
    Path dir;

    private static final String JAVA_APP = "package com.example.shop;\n\nimport org.springframework.boot.SpringApplication;\n"
            + "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n@SpringBootApplication\n"
            + "public class ShopApplication {\n    public static void main(String[] args) {\n"
            + "        SpringApplication.run(ShopApplication.class, args);\n    }\n}\n";

    private Optional<String> found(Projects project) {
        return SourceMainClass.find(project.build(), SourceMainClass.SPRING_BOOT_APPLICATION).map(SourceMainClass.Found::className);
    }

    @Test
    void theJavaSourceWithTheAnnotationAndAMainMethod() {
        Projects project = Projects.at(dir).file("src/main/java/com/example/shop/ShopApplication.java", JAVA_APP)
                .file("src/main/java/com/example/shop/Other.java", "package com.example.shop;\nclass Other {}\n")
                .file("src/main/java/com/example/shop/Config.java", "package com.example.shop;\n@SpringBootApplication\nclass Config {}\n");
        assertEquals(Optional.of("com.example.shop.ShopApplication"), found(project));
        assertEquals("src/main/java/com/example/shop/ShopApplication.java",
                SourceMainClass.find(project.build(), SourceMainClass.SPRING_BOOT_APPLICATION).orElseThrow().source());
    }

    @Test
    void aKotlinTopLevelMainIsTheFileClass() {
        assertEquals(Optional.of("com.example.PetsApplicationKt"), found(Projects.at(dir).file(
                "src/main/kotlin/com/example/PetsApplication.kt", "package com.example\n\n@SpringBootApplication\n"
                        + "class PetsApplication\n\nfun main(args: Array<String>) {\n    runApplication<PetsApplication>(*args)\n}\n")));
    }

    @Test
    void aKotlinFileMayNameItsClass() {
        assertEquals(Optional.of("com.example.Main"), found(Projects.at(dir).file("src/main/kotlin/com/example/App.kt",
                "@file:JvmName(\"Main\")\npackage com.example\n\n@org.springframework.boot.autoconfigure.SpringBootApplication\n"
                        + "class App\n\nfun main(args: Array<String>) {}\n")));
    }

    @Test
    void withoutAMarkerAnyOneMainMethodDoes() {
        Projects project = Projects.at(dir).file("src/main/java/app/FormsApp.java", "package app;\n\npublic class FormsApp {\n"
                + "    public static void main(final String... args) {\n    }\n}\n")
                .file("src/main/java/app/Helper.java", "package app;\nclass Helper { void main(String[] a) {} }\n");
        assertEquals(Optional.of("app.FormsApp"), SourceMainClass.find(project.build(), null).map(SourceMainClass.Found::className));
        assertTrue(found(project).isEmpty(), "no @SpringBootApplication");
    }

    @Test
    void twoApplicationsOrNoneLeaveItToThePom() {
        assertTrue(found(Projects.at(dir)).isEmpty());
        Projects two = Projects.at(dir).file("src/main/java/com/example/shop/ShopApplication.java", JAVA_APP)
                .file("src/main/java/com/example/admin/AdminApplication.java", JAVA_APP.replace("shop", "admin")
                        .replace("ShopApplication", "AdminApplication"));
        assertTrue(found(two).isEmpty());
    }

    @Test
    void aFileThatIsNotUtf8IsSkipped() {
        Projects project = Projects.at(dir).file("src/main/java/com/example/shop/ShopApplication.java", JAVA_APP);
        try {
            java.nio.file.Files.write(dir.resolve("src/main/java/com/example/shop/Latin.java"), new byte[] {(byte) 0xe9, '@'});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(Optional.of("com.example.shop.ShopApplication"), found(project));
    }
}
