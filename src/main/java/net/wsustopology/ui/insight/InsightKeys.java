package net.wsustopology.ui.insight;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Small colour keys for the insight views. */
final class InsightKeys {
    private InsightKeys() { }

    static HBox languageStates() {
        HBox box = new HBox(10,
                item("state-selected", "selected"),
                item("state-inherited", "inherited (replica)"),
                item("state-missing", "missing on upstream (LNG-01)"),
                item("state-unused", "unused downstream"));
        box.getStyleClass().add("legend");
        return box;
    }

    static Label item(String swatchClass, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", swatchClass);
        Label label = new Label(text, swatch);
        label.getStyleClass().add("legend-item");
        return label;
    }
}
