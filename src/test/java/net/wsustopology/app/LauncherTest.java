package net.wsustopology.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void commandsAndOptionsRunHeadless() {
        assertTrue(Launcher.isCommandLine(new String[] {"validate", "a.wsus.json"}));
        assertTrue(Launcher.isCommandLine(new String[] {"--version"}));
        assertTrue(Launcher.isCommandLine(new String[] {"-h"}));
    }

    @Test
    void aCommandLikeWordWithMoreArgumentsIsAMistypedCommand(@TempDir Path dir) throws Exception {
        assertTrue(Launcher.isCommandLine(new String[] {"frobnicate", "x"}));
        assertFalse(Launcher.isCommandLine(new String[] {"frobnicate"}), "a single word may be a file to create");
        Path existing = Files.createFile(dir.resolve("plan"));
        assertFalse(Launcher.isCommandLine(new String[] {existing.toString(), "x"}), "an existing file is opened");
    }

    @Test
    void nothingOrAFileOpensTheEditor() {
        assertFalse(Launcher.isCommandLine(new String[0]));
        assertFalse(Launcher.isCommandLine(new String[] {"plan.wsus.json"}));
        assertFalse(Launcher.isCommandLine(new String[] {"validate.wsus.json"}));
    }

    @Test
    void linuxWithoutDisplayIsExplainedInOneSentence() {
        String sentence = Launcher.missingDisplay("Linux", Map.of());
        assertTrue(sentence.startsWith("cannot open the editor: no display"), sentence);
        assertNull(Launcher.missingDisplay("Linux", Map.of("DISPLAY", ":0")));
        assertNull(Launcher.missingDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")));
        assertNull(Launcher.missingDisplay("Windows 11", Map.of()));
        assertNull(Launcher.missingDisplay("Mac OS X", Map.of()));
    }
}
