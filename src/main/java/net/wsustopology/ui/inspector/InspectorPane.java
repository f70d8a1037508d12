package net.wsustopology.ui.inspector;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import net.wsustopology.document.Document;

/** Minimal stand-in so the editor window compiles; the panels branch provides the real inspector. */
public class InspectorPane extends VBox {
    public InspectorPane(Document document) {
        getChildren().add(new Label("Inspector"));
    }
}
