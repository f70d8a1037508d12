package net.wsustopology.ui;

import java.util.prefs.Preferences;

/** Window size, divider positions and view toggles, remembered between runs. */
final class WindowPrefs {
    private final Preferences prefs = Preferences.userRoot().node("net/wsustopology/editor");

    double width() { return prefs.getDouble("width", 1400); }
    double height() { return prefs.getDouble("height", 900); }
    boolean maximized() { return prefs.getBoolean("maximized", false); }
    double mainDivider() { return prefs.getDouble("mainDivider", 0.68); }
    double issuesDivider() { return prefs.getDouble("issuesDivider", 0.78); }
    boolean dark() { return prefs.getBoolean("dark", false); }
    boolean legend() { return prefs.getBoolean("legend", true); }
    boolean inspector() { return prefs.getBoolean("inspector", true); }
    boolean issues() { return prefs.getBoolean("issues", true); }

    void saveSize(double width, double height, boolean maximized) {
        prefs.putBoolean("maximized", maximized);
        if (!maximized && width > 0 && height > 0) { // NaN while a stage was never laid out
            prefs.putDouble("width", width);
            prefs.putDouble("height", height);
        }
    }

    void saveDividers(double main, double issues) {
        if (main > 0) prefs.putDouble("mainDivider", main);
        if (issues > 0) prefs.putDouble("issuesDivider", issues);
    }

    void saveToggles(boolean dark, boolean legend, boolean inspector, boolean issues) {
        prefs.putBoolean("dark", dark);
        prefs.putBoolean("legend", legend);
        prefs.putBoolean("inspector", inspector);
        prefs.putBoolean("issues", issues);
    }
}
