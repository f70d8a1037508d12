package net.wsustopology.ui.issues;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;

/** Minimal stand-in so the editor window compiles; the panels branch provides the real issues list. */
public class IssuesPane extends VBox {
    public IssuesPane(Document document, Consumer<Server> reveal) {
        getChildren().add(new Label("Issues"));
    }
}
