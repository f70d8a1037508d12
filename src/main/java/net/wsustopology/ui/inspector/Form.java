package net.wsustopology.ui.inspector;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/** A two-column form: a wrapping caption on the left, its control on the right. */
final class Form extends GridPane {
    private int row;

    Form() {
        getStyleClass().add("inspector-form");
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(90);
        captions.setPrefWidth(150);
        captions.setHalignment(HPos.LEFT);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        controls.setMinWidth(120);
        getColumnConstraints().addAll(captions, controls);
    }

    /** A captioned control; the caption names the control for screen readers. */
    Label row(String caption, Node control) {
        Label label = new Label(caption);
        label.setWrapText(true);
        label.getStyleClass().add("form-caption");
        label.setLabelFor(control instanceof Pane p && !p.getChildren().isEmpty()
                ? p.getChildren().get(0) : control);
        add(label, 0, row);
        add(control, 1, row);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setFillWidth(control, true);
        row++;
        return label;
    }

    /** A control across both columns (check boxes, radio buttons, notes). */
    <N extends Node> N wide(N node) {
        if (node instanceof Labeled labeled) labeled.setWrapText(true);
        add(node, 0, row, 2, 1);
        GridPane.setFillWidth(node, true);
        row++;
        return node;
    }

    /** A section heading inside the form. */
    Label heading(String text) {
        Label label = wide(new Label(text));
        label.getStyleClass().add("form-heading");
        return label;
    }

    /** A muted explanation across both columns. */
    Label hint(String text) {
        Label label = wide(new Label(text));
        label.getStyleClass().add("hint");
        return label;
    }

    /** Shows a value shared by the targets; null (they differ) shows the mixed state. */
    static void showShared(CheckBox box, Boolean value) {
        box.setIndeterminate(value == null);
        box.setSelected(Boolean.TRUE.equals(value));
    }
}
