package net.wsustopology.ui.insight;

import java.util.Collection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Findings;

/** Presentation mode's side panel: the canvas's legend and the findings of what the slide shows. L hides it. */
final class PresentationPanel extends VBox {
    private final FindingsSummary summary = new FindingsSummary();

    PresentationPanel(Node legend) {
        getChildren().addAll(legend, title("Findings"), summary);
        getStyleClass().add("presentation-side");
        setId("presentation-panel");
        managedProperty().bind(visibleProperty());
    }

    void show(Findings findings, Collection<Server> servers) { summary.show(findings, servers); }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("insight-title");
        return label;
    }
}
