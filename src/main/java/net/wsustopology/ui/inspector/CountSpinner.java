package net.wsustopology.ui.inspector;

import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;
import net.wsustopology.ui.common.FieldTyping;

/**
 * A whole number in a small range that can be typed as well as stepped with the arrows. Keys
 * that would make the text something other than a number in range are refused where they are
 * typed, with one sentence under the field; the value is committed on Enter, when the field
 * loses the focus, or at each arrow step.
 */
final class CountSpinner {
    private final IntegerSpinnerValueFactory values;
    private final Spinner<Integer> spinner;
    private final FieldMessage message = new FieldMessage();
    private final VBox box;
    private boolean showing;

    CountSpinner(String id, int min, int max, String refusal, IntConsumer onCommit) {
        values = new IntegerSpinnerValueFactory(min, max, min);
        spinner = new Spinner<>(values);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setMaxWidth(Double.MAX_VALUE);
        spinner.getEditor().setTextFormatter(new TextFormatter<>(inRange(min, max, refusal)));
        FieldTyping.track(spinner.getEditor(), this::isEdited);
        spinner.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) commitTyping();
        });
        message.setId(id + "-message");
        box = new VBox(2, spinner, message);
        values.valueProperty().addListener((obs, old, now) -> {
            message.clear();
            if (!showing && now != null) onCommit.accept(now);
        });
    }

    Node node() { return box; }

    /** Shows the model's value without reporting it back as an edit. */
    void show(int value) {
        showing = true;
        try {
            values.setValue(Math.max(values.getMin(), Math.min(values.getMax(), value)));
            spinner.getEditor().setText(values.getConverter().toString(values.getValue()));
        } finally {
            showing = false;
        }
    }

    void setDisable(boolean disabled) { spinner.setDisable(disabled); }

    private boolean isEdited() {
        return !spinner.getEditor().getText().equals(values.getConverter().toString(values.getValue()));
    }

    /** An emptied field goes back to its value; a number is taken (the spinner commits on Enter itself). */
    private void commitTyping() {
        if (spinner.getEditor().getText().isEmpty()) spinner.getEditor().setText(values.getConverter().toString(values.getValue()));
        else if (isEdited()) spinner.commitValue();
        message.clear();
    }

    private UnaryOperator<TextFormatter.Change> inRange(int min, int max, String refusal) {
        return change -> {
            String text = change.getControlNewText();
            if (text.isEmpty() || fits(text, min, max)) return change;
            message.show(refusal);
            return null;
        };
    }

    private static boolean fits(String text, int min, int max) {
        if (text.length() > 9 || !text.chars().allMatch(Character::isDigit)) return false;
        int n = Integer.parseInt(text);
        return n >= min && n <= max;
    }
}
