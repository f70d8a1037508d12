package net.wsustopology.export;

import java.util.Locale;

/** The colour theme of an export, matching the editor's light and dark stylesheets. */
public enum Theme {
    LIGHT, DARK;

    public static Theme fromName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "light" -> LIGHT;
            case "dark" -> DARK;
            default -> throw new IllegalArgumentException("unknown theme '" + name + "' (expected light or dark)");
        };
    }
}
