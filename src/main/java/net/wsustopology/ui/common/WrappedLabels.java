package net.wsustopology.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Labels that wrap their text and never get shorter than their lines (a squeezed label would cut them). */
public final class WrappedLabels {
    private WrappedLabels() { }

    /** A new wrapping label with {@code text} and the style class. */
    public static Label of(String text, String styleClass) {
        Label label = wrap(new Label(text));
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** Makes {@code label} wrap and keep the height of all its lines. */
    public static Label wrap(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
