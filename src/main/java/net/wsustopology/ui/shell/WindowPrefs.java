package net.wsustopology.ui.shell;

import java.util.prefs.Preferences;

/** Window size, divider positions and view toggles, remembered between runs. */
final class WindowPrefs {
    private final Preferences prefs = Preferences.userRoot().node("net/wsustopology/editor");

    double width() { return prefs.getDouble("width", 1400); }
    double height() { return prefs.getDouble("height", 900); }
    boolean maximized() { return prefs.getBoolean("maximized", false); }
    /** The inspector's width in pixels, as the user last dragged it. */
    double inspectorWidth() { return prefs.getDouble("inspectorWidth", 364); }
    double issuesDivider() { return prefs.getDouble("issuesDivider", 0.78); }
    boolean dark() { return prefs.getBoolean("dark", false); }
    /** The legend starts folded to its button, so it covers no card. */
    boolean legendUnfolded() { return prefs.getBoolean("legendUnfolded", false); }
    boolean inspector() { return prefs.getBoolean("inspector", true); }
    /** The issues and insights dock starts collapsed to its tabs, leaving the height to the canvas. */
    boolean dockExpanded() { return prefs.getBoolean("dockExpanded", false); }
    boolean overview() { return prefs.getBoolean("overview", true); }

    void saveSize(double width, double height, boolean maximized) {
        prefs.putBoolean("maximized", maximized);
        if (!maximized && width > 0 && height > 0) { // NaN while a stage was never laid out
            prefs.putDouble("width", width);
            prefs.putDouble("height", height);
        }
    }

    void saveIssuesDivider(double issues) {
        if (issues > 0) prefs.putDouble("issuesDivider", issues);
    }

    void saveInspectorWidth(double width) {
        if (width > 0) prefs.putDouble("inspectorWidth", width);
    }

    void saveToggles(boolean dark, boolean legendUnfolded, boolean inspector, boolean dockExpanded, boolean overview) {
        prefs.putBoolean("dark", dark);
        prefs.putBoolean("legendUnfolded", legendUnfolded);
        prefs.putBoolean("inspector", inspector);
        prefs.putBoolean("dockExpanded", dockExpanded);
        prefs.putBoolean("overview", overview);
    }
}
