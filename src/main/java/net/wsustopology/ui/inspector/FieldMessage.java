package net.wsustopology.ui.inspector;

import javafx.scene.control.Label;

/**
 * The one sentence under a field that refused what was typed. It wraps to the field's width and
 * never asks for more, so a long sentence does not squeeze the captions of the form.
 */
final class FieldMessage extends Label {
    FieldMessage() {
        getStyleClass().add("field-message");
        setWrapText(true);
        setMinWidth(0);
        setPrefWidth(0);
        setMaxWidth(Double.MAX_VALUE);
        clear();
    }

    void show(String sentence) {
        setText(sentence);
        setShown(true);
    }

    void clear() {
        setText("");
        setShown(false);
    }

    private void setShown(boolean shown) {
        setVisible(shown);
        setManaged(shown);
    }
}
