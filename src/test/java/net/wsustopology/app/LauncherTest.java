package net.wsustopology.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.wsustopology.cli.WsusCli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LauncherTest {
    private final CommandLine cli = WsusCli.commandLine();

    @Test
    void commandsAndOptionsRunHeadless() {
        assertTrue(Launcher.isCommandLine(new String[] {"validate", "a.wsus.json"}, cli));
        assertTrue(Launcher.isCommandLine(new String[] {"--version"}, cli));
        assertTrue(Launcher.isCommandLine(new String[] {"-h"}, cli));
    }

    @Test
    void nothingOrAFileOpensTheEditor() {
        assertFalse(Launcher.isCommandLine(new String[0], cli));
        assertFalse(Launcher.isCommandLine(new String[] {"plan.wsus.json"}, cli));
        assertFalse(Launcher.isCommandLine(new String[] {"validate.wsus.json"}, cli));
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
