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
                key("node-root", "root (syncs from Microsoft Update)"),
                key("node-ok", "autonomous server"),
                key("node-replica", "replica (dashed)"),
                key("node-error", "worst finding: error"),
                key("node-warning", "worst finding: warning"),
                key("node-info", "worst finding: info"),
                wrapped("Links are labelled with the downstream's update-source port, and SSL when it syncs over SSL."),
                title("Findings"), summary);
        getStyleClass().add("presentation-side");
        setId("presentation-panel");
        managedProperty().bind(visibleProperty());
    }

    void show(Findings findings, Collection<Server> servers) { summary.show(findings, servers); }

    /** A legend line that wraps rather than ending in "…" when the panel is narrow for its text. */
    private static Label key(String swatchClass, String text) {
        Label label = InsightKeys.item(swatchClass, text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

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
