package net.wsustopology.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.wsustopology.io.workspace.OperatingSystem;
import net.wsustopology.io.workspace.UserSettings;
import java.util.concurrent.TimeUnit;

/** Whether the operating system is set to a dark appearance (for the "system" theme preference). */
public final class SystemTheme {
    private SystemTheme() { }

    /** Whether the editor draws dark for the theme chosen in Preferences (System follows the desktop). */
    public static boolean isDark(UserSettings.ThemeChoice theme) {
        return theme == UserSettings.ThemeChoice.DARK || (theme == UserSettings.ThemeChoice.SYSTEM && prefersDark());
    }

    public static boolean prefersDark() {
        OperatingSystem os = OperatingSystem.current();
        if (os == OperatingSystem.WINDOWS) {
            String out = run("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme");
            return out.contains("0x0");
        }
        if (os == OperatingSystem.MAC) return run("defaults", "read", "-g", "AppleInterfaceStyle").toLowerCase(Locale.ROOT).contains("dark");
        String gtk = System.getenv("GTK_THEME");
        if (gtk != null) return gtk.toLowerCase(Locale.ROOT).contains("dark");
        return run("gsettings", "get", "org.gnome.desktop.interface", "color-scheme").contains("dark");
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
