package net.wsustopology.ui.insight;

import java.util.Collection;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Findings;

/** Presentation mode's side panel: the legend and the findings of what the slide shows. L hides it. */
final class PresentationPanel extends VBox {
    private final FindingsSummary summary = new FindingsSummary();

    PresentationPanel() {
        getChildren().addAll(title("Legend"),
                InsightKeys.item("node-root", "root (syncs from Microsoft Update)"),
                InsightKeys.item("node-ok", "autonomous server"),
                InsightKeys.item("node-replica", "replica (dashed)"),
                InsightKeys.item("node-error", "worst finding: error"),
                InsightKeys.item("node-warning", "worst finding: warning"),
                InsightKeys.item("node-info", "worst finding: info"),
                wrapped("Links are labelled with the downstream's update-source port, and SSL when it syncs over SSL."),
                title("Findings"), summary);
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

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.getStyleClass().add("insight-muted");
        return label;
    }
}
