package net.wsustopology.io.workspace;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import net.wsustopology.model.Limits;
import net.wsustopology.model.ServerTemplate;
import net.wsustopology.model.WsusVersion;

/** Preferences: theme, defaults for new servers and new plans. Stored as a properties file. */
public final class UserSettings {
    public enum ThemeChoice { LIGHT, DARK, SYSTEM }

    private final Path store;
    private final Properties values = new Properties();

    public UserSettings(Path store) {
        this.store = store;
        if (Files.isRegularFile(store)) {
            try (Reader r = Files.newBufferedReader(store, StandardCharsets.UTF_8)) {
                values.load(r);
            } catch (IOException | RuntimeException e) {
                values.clear();
            }
        }
    }

    public ThemeChoice theme() {
        try {
            return ThemeChoice.valueOf(values.getProperty("theme", "LIGHT"));
        } catch (IllegalArgumentException e) {
            return ThemeChoice.LIGHT;
        }
    }

    public void setTheme(ThemeChoice theme) { values.setProperty("theme", theme.name()); }

    public WsusVersion defaultVersion() {
        return WsusVersion.fromCode(values.getProperty("defaultVersion", "10.0")).orElse(WsusVersion.V10);
    }

    /** How new servers start: with the version chosen here. */
    public ServerTemplate serverTemplate() { return new ServerTemplate(defaultVersion()); }

    public void setDefaultVersion(WsusVersion v) { values.setProperty("defaultVersion", v.code()); }

    public Limits defaultLimits() {
        Limits d = Limits.DEFAULT;
        return new Limits(intValue("maxDownstreamServers", d.maxDownstreamServers()),
                intValue("recommendedMaxTiers", d.recommendedMaxTiers()), intValue("maxTiers", d.maxTiers()));
    }

    public void setDefaultLimits(Limits l) {
        values.setProperty("maxDownstreamServers", Integer.toString(l.maxDownstreamServers()));
        values.setProperty("recommendedMaxTiers", Integer.toString(l.recommendedMaxTiers()));
        values.setProperty("maxTiers", Integer.toString(l.maxTiers()));
    }

    /** A free-form value (window geometry, last folder). */
    public String get(String key, String fallback) { return values.getProperty(key, fallback); }

    public void put(String key, String value) { values.setProperty(key, value); }

    public void save() throws IOException {
        StringWriter text = new StringWriter();
        values.store(text, "WSUS Topology Editor settings");
        TextFiles.writeAtomically(store, text.toString());
    }

    private int intValue(String key, int fallback) {
        try {
            return Integer.parseInt(values.getProperty(key, Integer.toString(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
