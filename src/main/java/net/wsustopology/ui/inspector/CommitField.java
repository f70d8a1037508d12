package net.wsustopology.ui.inspector;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import net.wsustopology.ui.common.FieldTyping;

/**
 * A text field that commits once, on Enter or when it loses focus, so a typed value is one
 * undo step. Text that does not parse stays in the field, marked, with the reason below it;
 * Escape goes back to the model's value.
 */
final class CommitField<T> {
    static final String ERROR_CLASS = "field-error";

    private final TextField field = new TextField();
    private final FieldMessage message = new FieldMessage();
    private final VBox box = new VBox(2, field, message);
    private final Function<String, Parsed<T>> parser;
    private final Consumer<T> onCommit;
    private String shownText = "";

    CommitField(String id, Function<String, Parsed<T>> parser, Consumer<T> onCommit) {
        FieldTyping.track(field, this::isEdited);
        this.parser = parser;
        this.onCommit = onCommit;
        field.setId(id);
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) commit();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) show(shownText);
        });
    }

    Node node() { return box; }

    /** Shows the model's value; null means the selected servers hold different values. */
    void show(String text) {
        clearError();
        shownText = text == null ? "" : text;
        field.setText(shownText);
        field.setPromptText(text == null ? "(different values)" : "");
    }

    void setDisable(boolean disabled) { field.setDisable(disabled); }

    boolean isEdited() { return !field.getText().equals(shownText); }

    /** Commits the text if it was changed; invalid text is kept and flagged. */
    void commit() {
        if (!isEdited()) {
            clearError();
            return;
        }
        Parsed<T> parsed = parser.apply(field.getText().trim());
        if (!parsed.isOk()) {
            showError(parsed.error());
            return;
        }
        clearError();
        shownText = field.getText();
        onCommit.accept(parsed.value());
    }

    boolean hasError() { return field.getStyleClass().contains(ERROR_CLASS); }

    private void showError(String text) {
        if (!hasError()) field.getStyleClass().add(ERROR_CLASS);
        message.show(text);
    }

    private void clearError() {
        field.getStyleClass().remove(ERROR_CLASS);
        message.clear();
    }
}
