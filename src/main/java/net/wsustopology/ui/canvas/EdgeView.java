package net.wsustopology.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.diagram.LinkFace;
import net.wsustopology.diagram.LinkRoute;
import net.wsustopology.diagram.Marks;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;

/**
 * One upstream link on the canvas, drawn where {@link LinkRoute} puts it and as {@link LinkFace}
 * says (the exports draw the same routes and strokes): a path with its open arrow head and a
 * label with the port and "SSL". Moving an end changes the path elements in place.
 */
final class EdgeView {
    private final Path path = new Path();
    private final Text label = new Text();
    private final MoveTo start = new MoveTo();
    private final MoveTo wingA = new MoveTo();
    private final LineTo tip = new LineTo();
    private final LineTo wingB = new LineTo();
    private boolean missing;

    EdgeView() {
        path.getStyleClass().add("edge");
        label.getStyleClass().add("edge-label");
        path.getElements().addAll(start, wingA, tip, wingB);
        path.setMouseTransparent(true);
        label.setMouseTransparent(true);
    }

    Path path() { return path; }

    Text label() { return label; }

    /** Shows what {@link LinkFace} decides: the port label, dashes for a replica, colour for SSL. */
    void show(LinkFace face) {
        missing = false;
        toggle("edge-missing", false);
        toggle("edge-replica", face.dashed());
        toggle("edge-ssl", face.ssl());
        label.getStyleClass().remove("edge-label-missing");
        label.setText(face.label());
    }

    /** Shows the link into {@code downstream} from {@code upstream}, or the stub of an upstream missing from the plan. */
    void show(Server downstream, Server upstream) {
        if (downstream.isSyncFromUpstream() && upstream == null) showMissing(Marks.missingUpstream(downstream.getUpstreamId()));
        else show(LinkFace.of(downstream, upstream));
    }

    /** The stub up from a card's top centre (x, top) to where the missing upstream's id is written, as the exports draw it. */
    static double[] stubAbove(double x, double top) { return new double[] {x, top - DiagramScene.MISSING_STUB, x, top}; }

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
    void connect(double x1, double y1, double x2, double y2) { connect(LinkRoute.between(x1, y1, x2, y2)); }

    /** Draws the link along {@code route}; the line elements are reused while the number of bends stays. */
    void connect(LinkRoute route) {
        List<Position> points = route.points();
        int lines = points.size() - 1;
        if (path.getElements().size() != lines + 4) {
            List<PathElement> elements = new ArrayList<>();
            elements.add(start);
            for (int i = 0; i < lines; i++) elements.add(new LineTo());
            elements.addAll(List.of(wingA, tip, wingB));
            path.getElements().setAll(elements);
        }
        place(start, points.get(0));
        for (int i = 1; i <= lines; i++) place((LineTo) path.getElements().get(i), points.get(i));
        place(wingA, route.wingA());
        place(tip, route.tip());
        place(wingB, route.wingB());
        if (missing) { // centred over the top of the stub
            label.setX(points.get(0).x() - label.getLayoutBounds().getWidth() / 2);
            label.setY(points.get(0).y() - 4);
        } else {
            label.setX(route.label().x());
            label.setY(route.label().y());
        }
    }

    private static void place(MoveTo m, Position p) {
        m.setX(p.x());
        m.setY(p.y());
    }

    private static void place(LineTo l, Position p) {
        l.setX(p.x());
        l.setY(p.y());
    }

    private void toggle(String styleClass, boolean on) {
        boolean has = path.getStyleClass().contains(styleClass);
        if (on && !has) path.getStyleClass().add(styleClass);
        else if (!on && has) path.getStyleClass().remove(styleClass);
    }
}
