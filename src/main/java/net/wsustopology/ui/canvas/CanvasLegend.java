package net.wsustopology.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import net.wsustopology.diagram.CardFace;
import net.wsustopology.diagram.CardText;
import net.wsustopology.diagram.DriftPicture;
import net.wsustopology.diagram.Legend;
import net.wsustopology.diff.DriftKind;

/**
 * The key to the canvas colours and line styles ({@link Legend}'s items), shown over the
 * top-right corner (View > Show legend) and beside presentation mode's diagram. While an overlay marks the cards with a scale (the sync delay heat map), its key is
 * added at the bottom.
 */
public final class CanvasLegend extends GridPane {
    private final List<Node> scaleRows = new ArrayList<>();
    private final List<Node> compareRows = new ArrayList<>();
    private static final Insets COMPARE_GAP = new Insets(0, 0, 0, 18);
    private int firstFreeRow;

    /** {@code withSelection}: the editor's canvas also explains the selected card; presentation mode does not. */
    public CanvasLegend(boolean withSelection) {
        getStyleClass().addAll("legend", "canvas-legend");
        Label title = new Label(Legend.TITLE);
        title.getStyleClass().add("legend-title");
        add(title, 0, 0, 2, 1);
        int row = 1;
        for (Legend.Item item : Legend.items(withSelection)) {
            if (item.swatch() == Legend.Swatch.CLIENTS_FROM_MU) row = badge(row, item.text(), CardFace.MICROSOFT_UPDATE_BADGE);
            else if (item.swatch().isLink()) row = line(row, item.text(), linkClass(item.swatch()));
            else row = card(row, item.text(), cardClasses(item.swatch()));
        }
        firstFreeRow = row;
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    /** The style classes that make a region look like the card, or the Microsoft Update node, the swatch stands for. */
    private static String[] cardClasses(Legend.Swatch swatch) {
        return switch (swatch) {
            case MICROSOFT_UPDATE -> new String[] {"mu-node"};
            case SELECTED -> new String[] {"server-node", "selected"};
            case ERROR, WARNING, INFO -> new String[] {"server-node", "severity-" + swatch.severity().code()};
            default -> new String[] {"server-node", "role-" + swatch.cardKind().word()};
        };
    }

    private static String linkClass(Legend.Swatch swatch) {
        return switch (swatch) {
            case REPLICA_LINK -> "edge-replica";
            case SSL_LINK -> "edge-ssl";
            case MISSING_UPSTREAM -> "edge-missing";
            default -> null;
        };
    }

    /** Shows the key to {@code marks} whenever they have a scale. */
    void follow(CardMarks marks) {
        marks.scaleProperty().addListener((obs, old, scale) -> showScale(scale, marks.family()));
    }

    private void showScale(CardMarks.Scale scale, List<String> family) {
        getChildren().removeAll(scaleRows);
        scaleRows.clear();
        if (scale == null) return;
        Label title = new Label(scale.title());
        title.getStyleClass().addAll("legend-title", "legend-scale-title");
        HBox swatches = new HBox();
        swatches.getStyleClass().add("legend-scale");
        for (String mark : family) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-scale-swatch", "server-node", mark);
            swatch.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(swatch, Priority.ALWAYS);
            swatches.getChildren().add(swatch);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox ends = new HBox(label(scale.low()), gap, label(scale.high()));
        add(title, 0, firstFreeRow, 2, 1);
        add(swatches, 0, firstFreeRow + 1, 2, 1);
        add(ends, 0, firstFreeRow + 2, 2, 1);
        scaleRows.addAll(List.of(title, swatches, ends));
    }

    /** The key to a comparison (each kind of drift's badge and words, the planned and the actual link) under the rest, while {@code on}. */
    void showCompareKey(boolean on) {
        getChildren().removeAll(compareRows);
        compareRows.clear();
        if (!on) return;
        // beside the plan's key, so the legend grows wider rather than into the overview below it
        int row = 0;
        Label title = new Label("Compared with what is deployed");
        title.getStyleClass().addAll("legend-title", "legend-compare-title");
        add(title, 2, row++, 2, 1);
        GridPane.setMargin(title, COMPARE_GAP);
        compareRows.add(title);
        for (DriftKind kind : DriftKind.values()) {
            Circle back = new Circle(8);
            back.getStyleClass().addAll("legend-drift-badge", "drift-" + kind.code());
            Text mark = new Text(kind.mark());
            mark.getStyleClass().add("card-glyph");
            StackPane badge = new StackPane(back, mark);
            Label words = label(kind.words());
            add(badge, 2, row);
            GridPane.setMargin(badge, COMPARE_GAP);
            add(words, 3, row++);
            compareRows.addAll(List.of(badge, words));
        }
        for (boolean actual : new boolean[] {false, true}) {
            Line l = new Line(0, 0, 28, 0);
            l.getStyleClass().add(actual ? ExtraLinks.STYLE : "edge");
            Label words = label(actual ? DriftPicture.ACTUAL_LINK : DriftPicture.PLANNED_LINK);
            add(l, 2, row);
            GridPane.setMargin(l, COMPARE_GAP);
            add(words, 3, row++);
            compareRows.addAll(List.of(l, words));
        }
    }

    private int card(int row, String text, String... styleClasses) {
        Region swatch = new Region();
        swatch.getStyleClass().add("legend-swatch");
        swatch.getStyleClass().addAll(styleClasses);
        add(swatch, 0, row);
        add(label(text), 1, row);
        return row + 1;
    }

    private int badge(int row, String text, String glyph) {
        Circle circle = new Circle(CardText.BADGE / 2);
        circle.getStyleClass().add("mu-badge");
        Text letter = new Text(glyph);
        letter.getStyleClass().add("mu-badge-text");
        letter.setFont(ServerNode.font(true, 9));
        add(new StackPane(circle, letter), 0, row);
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
