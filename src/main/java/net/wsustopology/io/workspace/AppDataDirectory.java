package net.wsustopology.io.workspace;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the editor keeps recent files, settings and autosave copies: %APPDATA% on Windows,
 * ~/Library/Application Support on macOS, the XDG data directory elsewhere. The system
 * property {@code wsus.appdata} overrides it (tests, portable installs).
 */
public final class AppDataDirectory {
    static final String APP_FOLDER = "WSUS Topology Editor";
    static final String XDG_FOLDER = "wsus-topology-editor";

    private AppDataDirectory() { }

    public static Path resolve() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."),
                System.getProperty("wsus.appdata"));
    }

    static Path resolve(String osName, Map<String, String> env, String home, String override) {
        if (override != null && !override.isBlank()) return Path.of(override);
        OperatingSystem os = OperatingSystem.of(osName);
        if (os == OperatingSystem.WINDOWS) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve(APP_FOLDER);
        }
        if (os == OperatingSystem.MAC) return Path.of(home, "Library", "Application Support", APP_FOLDER);
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve(XDG_FOLDER);
    }
}
