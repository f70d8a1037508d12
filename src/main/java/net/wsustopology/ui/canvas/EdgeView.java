package net.wsustopology.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import net.wsustopology.diagram.LinkFace;
import net.wsustopology.diagram.LinkRoute;
import net.wsustopology.model.Position;

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
        toggle("edge-replica", face.dashed());
        toggle("edge-ssl", face.ssl());
        label.setText(face.label());
    }

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
        label.setX(route.label().x());
        label.setY(route.label().y());
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
