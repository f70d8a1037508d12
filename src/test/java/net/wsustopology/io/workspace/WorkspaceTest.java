package net.wsustopology.io.workspace;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.Limits;
import net.wsustopology.model.WsusVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir Path tmp;

    @Test
    void appDataFollowsTheOperatingSystem() {
        assertEquals(Path.of("C:/Users/ann/AppData/Roaming", "WSUS Topology Editor"),
                AppDataDirectory.resolve("Windows 11", Map.of("APPDATA", "C:/Users/ann/AppData/Roaming"), "C:/Users/ann", null));
        assertEquals(Path.of("/Users/ann/Library/Application Support/WSUS Topology Editor"),
                AppDataDirectory.resolve("Mac OS X", Map.of(), "/Users/ann", null));
        assertEquals(Path.of("/data/wsus-topology-editor"),
                AppDataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/ann", null));
        assertEquals(Path.of("/home/ann/.local/share/wsus-topology-editor"),
                AppDataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "relative"), "/home/ann", null));
        assertEquals(Path.of("/x"), AppDataDirectory.resolve("Linux", Map.of(), "/home/ann", "/x"));
    }

    @Test
    void recentFilesKeepTenNewestFirstAcrossRestarts() throws Exception {
        Path store = tmp.resolve("recent.txt");
        RecentFiles recent = new RecentFiles(store);
        for (int i = 0; i < 12; i++) recent.add(tmp.resolve("plan" + i + ".wsus.json"));
        recent.add(tmp.resolve("plan5.wsus.json"));
        List<Path> reloaded = new RecentFiles(store).entries();
        assertEquals(10, reloaded.size());
        assertEquals(tmp.resolve("plan5.wsus.json"), reloaded.get(0));
        assertEquals(tmp.resolve("plan11.wsus.json"), reloaded.get(1));
        assertFalse(reloaded.contains(tmp.resolve("plan0.wsus.json")));
        Files.writeString(tmp.resolve("plan11.wsus.json"), "{}");
        recent.removeMissing();
        assertEquals(List.of(tmp.resolve("plan11.wsus.json")), new RecentFiles(store).entries());
    }

    @Test
    void settingsSurviveARestartAndBadValuesFallBack() throws Exception {
        Path file = tmp.resolve("settings.properties");
        UserSettings s = new UserSettings(file);
        s.setTheme(UserSettings.ThemeChoice.DARK);
        s.setDefaultVersion(WsusVersion.V6_3);
        s.setDefaultLimits(new Limits(500, 2, 4));
        s.save();
        UserSettings again = new UserSettings(file);
        assertEquals(UserSettings.ThemeChoice.DARK, again.theme());
        assertEquals(WsusVersion.V6_3, again.defaultVersion());
        assertEquals(new Limits(500, 2, 4), again.defaultLimits());
        Files.writeString(file, "theme=PURPLE\nmaxTiers=lots\n");
        UserSettings broken = new UserSettings(file);
        assertEquals(UserSettings.ThemeChoice.LIGHT, broken.theme());
        assertEquals(5, broken.defaultLimits().maxTiers());
    }
}
