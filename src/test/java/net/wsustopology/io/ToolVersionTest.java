package net.wsustopology.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ToolVersionTest {
    @Test void isTheVersionOfThePom() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.matches("(?s).*<artifactId>wsus-topology</artifactId>\\s*<version>" + ToolVersion.NUMBER.replace(".", "\\.") + "</version>.*"),
                "pom.xml and ToolVersion name the same version");
    }
}
