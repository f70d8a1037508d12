package net.wsustopology.ui.canvas;

import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import net.wsustopology.diagram.LinkFace;

/**
 * One upstream link, routed at right angles: down from the bottom of the upstream card to a bus
 * just above the downstream card's row, along it, and down into the card with an arrow head
 * (updates flow downwards). Siblings in one row share the bus, so a wrapped block of
 * downstreams reads as a comb instead of a fan of lines crossing the cards. A label with the
 * port and "SSL" sits beside the last segment. Moving an end changes the path elements in place.
 */
final class EdgeView {
    private static final double ARROW = 8;
    /** How far above the downstream card the bus runs; less than the layout's gap between rows. */
    private static final double BUS_ABOVE = 22;

    private final Path path = new Path();
    private final Text label = new Text();
    private final MoveTo start = new MoveTo();
    private final LineTo down = new LineTo();
    private final LineTo across = new LineTo();
    private final LineTo end = new LineTo();
    private final MoveTo wingA = new MoveTo();
    private final LineTo tip = new LineTo();
    private final LineTo wingB = new LineTo();
    private boolean missing;

    EdgeView() {
        path.getStyleClass().add("edge");
        label.getStyleClass().add("edge-label");
        path.getElements().addAll(start, down, across, end, wingA, tip, wingB);
        path.setMouseTransparent(true);
        label.setMouseTransparent(true);
    }

    Path path() { return path; }

    Text label() { return label; }

    /** Shows what {@link LinkFace} decides: the port label, dashes for a replica, colour for SSL. */
    void show(LinkFace face) {
        missing = false;
        toggle("edge-missing", false);
        toggle("edge-replica", face.replica());
        toggle("edge-ssl", face.ssl());
        label.getStyleClass().remove("edge-label-missing");
        label.setText(face.label());
    }

    /** Shows the stub of an upstream that is not in the plan, with {@code text} at its top (see {@code Marks}). */
    void showMissing(String text) {
        missing = true;
        toggle("edge-replica", false);
        toggle("edge-ssl", false);
        toggle("edge-missing", true);
        if (!label.getStyleClass().contains("edge-label-missing")) label.getStyleClass().add("edge-label-missing");
        label.setText(text);
    }

    /** Connects the centre-bottom of the upper card (x1, y1) to the centre-top of the lower one (x2, y2). */
    void connect(double x1, double y1, double x2, double y2) {
        start.setX(x1);
        start.setY(y1);
        double bus = y2 - BUS_ABOVE;
        boolean orthogonal = bus > y1;
        // a card placed by hand above or level with its upstream gets a straight line instead
        down.setX(x1);
        down.setY(orthogonal ? bus : y1);
        across.setX(orthogonal ? x2 : x1);
        across.setY(orthogonal ? bus : y1);
        end.setX(x2);
        end.setY(y2);
        double fromX = orthogonal ? x2 : x1;
        double fromY = orthogonal ? bus : y1;
        double angle = Math.atan2(y2 - fromY, x2 - fromX);
        double spread = Math.PI / 7;
        tip.setX(x2);
        tip.setY(y2);
        wingA.setX(x2 - ARROW * Math.cos(angle - spread));
        wingA.setY(y2 - ARROW * Math.sin(angle - spread));
        wingB.setX(x2 - ARROW * Math.cos(angle + spread));
        wingB.setY(y2 - ARROW * Math.sin(angle + spread));
        if (missing) { // centred over the top of the stub
            label.setX(x1 - label.getLayoutBounds().getWidth() / 2);
            label.setY(y1 - 4);
            return;
        }
        label.setX(orthogonal ? x2 + 6 : (x1 + x2) / 2 + 6);
        label.setY(orthogonal ? y2 - 6 : (y1 + y2) / 2 + 4);
    }

    private void toggle(String styleClass, boolean on) {
        boolean has = path.getStyleClass().contains(styleClass);
        if (on && !has) path.getStyleClass().add(styleClass);
        else if (!on && has) path.getStyleClass().remove(styleClass);
    }
}
