package net.wsustopology.ui.common;

import javafx.scene.layout.Region;
import net.wsustopology.validation.Severity;

/** A small shape per severity (circle, triangle, diamond) coloured by panels.css, so colour is not the only cue. */
public final class SeverityIcon {
    private SeverityIcon() { }

    public static Region of(Severity severity) {
        Region icon = new Region();
        icon.getStyleClass().addAll("severity-icon", "severity-" + severity.code());
        return icon;
    }

    /** "Error", "Warning", "Info". */
    public static String title(Severity severity) {
        String code = severity.code();
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }
}
