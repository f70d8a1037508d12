package net.wsustopology.ui.canvas;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The canvas's top-right corner: the legend's button and the legend below it. */
final class LegendCorner {
    private LegendCorner() { }

    /** The legend's corner: a small button that folds and unfolds it, the legend below it. */
    static VBox of(CanvasLegend legend, BooleanProperty legendVisible, double margin) {
        ToggleButton button = new ToggleButton("Legend");
        button.setId("legend-button");
        button.getStyleClass().add("legend-button");
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip("Unfold or fold the key to the colours and lines (Ctrl+L)"));
        button.selectedProperty().bindBidirectional(legendVisible);
        VBox corner = new VBox(button, legend);
        corner.getStyleClass().add("legend-corner");
        corner.setPickOnBounds(false);
        corner.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(corner, Pos.TOP_RIGHT);
        StackPane.setMargin(corner, new Insets(margin / 2, margin, 0, 0));
        return corner;
    }
}
