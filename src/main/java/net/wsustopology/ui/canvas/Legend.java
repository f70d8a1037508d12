package net.wsustopology.ui.canvas;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/** The key to the canvas colours and line styles, shown over the top-right corner (View > Show legend). */
final class Legend extends GridPane {
    Legend() {
        getStyleClass().add("legend");
        Label title = new Label("Legend");
        title.getStyleClass().add("legend-title");
        add(title, 0, 0, 2, 1);
        int row = 1;
        row = card(row, "Root (syncs from Microsoft Update)", "role-root");
        row = card(row, "Autonomous downstream", "role-autonomous");
        row = card(row, "Replica downstream (R)", "role-replica");
        row = card(row, "Has an error", "severity-error");
        row = card(row, "Has a warning", "severity-warning");
        row = card(row, "Has an info", "severity-info");
        row = card(row, "Selected", "selected");
        row = line(row, "Upstream link (port)", null);
        row = line(row, "Replica link", "edge-replica");
        line(row, "SSL link", "edge-ssl");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    private int card(int row, String text, String styleClass) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", "server-node", styleClass);
        add(swatch, 0, row);
        add(label(text), 1, row);
        return row + 1;
    }

    private int line(int row, String text, String styleClass) {
        Line l = new Line(0, 0, 28, 0);
        l.getStyleClass().add("edge");
        if (styleClass != null) l.getStyleClass().add(styleClass);
        add(l, 0, row);
        add(label(text), 1, row);
        return row + 1;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("legend-label");
        return l;
    }
}
