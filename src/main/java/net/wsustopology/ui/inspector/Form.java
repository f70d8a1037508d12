package net.wsustopology.ui.inspector;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
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
import net.wsustopology.ui.common.WrappedLabels;

/** A two-column form: a wrapping caption on the left, its control on the right. */
final class Form extends GridPane {
    /** More than the gap a check box or radio button leaves after its box. */
    private static final double WRAP_SLACK = 10;
    private int row;
    private final DoubleBinding innerWidth = Bindings.createDoubleBinding(
            () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()), widthProperty(), insetsProperty());

    Form() {
        getStyleClass().add("inspector-form");
        ColumnConstraints captions = new ColumnConstraints();
        // as wide as the longest caption up to 150 px (longer ones wrap), so short captions leave
        // the room to the controls: a host name in the upstream chooser is seen whole
        captions.setMinWidth(90);
        captions.setMaxWidth(150);
        captions.setHalignment(HPos.LEFT);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        controls.setMinWidth(120);
        getColumnConstraints().addAll(captions, controls);
    }

    /** A captioned control; the caption names the control for screen readers. */
    Label row(String caption, Node control) {
        Label label = WrappedLabels.of(caption, "form-caption");
        label.setLabelFor(labelTarget(control));
        add(label, 0, row);
        add(control, 1, row);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setFillWidth(control, true);
        row++;
        return label;
    }

    /** A caption across both columns with its control below it, as wide as the form (long values such as host names). */
    Label stacked(String caption, Node control) {
        Label label = wide(new Label(caption));
        label.getStyleClass().add("form-caption");
        label.setLabelFor(labelTarget(control));
        wide(control);
        return label;
    }

    /** What a caption names: the control itself, or the first control of a box (a field with its message below). */
    private static Node labelTarget(Node control) {
        return control instanceof Pane p && !p.getChildren().isEmpty() ? p.getChildren().get(0) : control;
    }

    /** A control across both columns (check boxes, radio buttons, notes). */
    <N extends Node> N wide(N node) {
        if (node instanceof Labeled labeled) {
            labeled.setWrapText(true);
            // As wide as the form, and at least as tall as its text wrapped a little narrower: a
            // check box measures its height without the gap after the box but lays its text out
            // with it, so a text that just fitted was cut to one line with "..." instead of wrapping.
            labeled.prefWidthProperty().bind(innerWidth);
            labeled.minHeightProperty().bind(Bindings.createDoubleBinding(
                    () -> labeled.getWidth() > WRAP_SLACK ? labeled.prefHeight(labeled.getWidth() - WRAP_SLACK) : 0,
                    labeled.widthProperty(), labeled.textProperty(), labeled.fontProperty()));
        }
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
