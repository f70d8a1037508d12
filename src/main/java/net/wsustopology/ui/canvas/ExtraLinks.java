package net.wsustopology.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import net.wsustopology.diagram.ActualLinkPath;
import net.wsustopology.ui.common.ExtraLinkOverlay;

/**
 * Links that are not the plan's (a comparison's actual links: where a server really synchronizes
 * from), drawn as {@link ActualLinkPath} runs them, on a layer of their own over the plan's
 * links and cards so a re-parented server shows at a glance. Read-only: they take no clicks.
 */
public final class ExtraLinks implements ExtraLinkOverlay {
    static final String STYLE = "edge-actual";
    private final Group layer = new Group();
    private final List<ActualLinkPath> shown = new ArrayList<>();
    private final TopologyView view;

    ExtraLinks(TopologyView view) {
        this.view = view;
        layer.setManaged(false);
        layer.setMouseTransparent(true);
        var children = view.world().getChildren();
        children.add(children.indexOf(view.overlay()), layer);
        view.drawn().alsoCover(this::area);
    }

    /** Replaces the links shown with {@code paths}. */
    public void show(List<ActualLinkPath> paths) {
        clear();
        for (ActualLinkPath p : paths) {
            Path curve = new Path(new MoveTo(p.x1(), p.y1()), new CubicCurveTo(p.c1x(), p.c1y(), p.c2x(), p.c2y(), p.x2(), p.y2()));
            curve.getStyleClass().add(STYLE);
            Path head = new Path(new MoveTo(p.wingA()[0], p.wingA()[1]), new LineTo(p.x2(), p.y2()), new LineTo(p.wingB()[0], p.wingB()[1]));
            head.getStyleClass().add(STYLE + "-head");
            Text label = new Text(p.labelX(), p.labelY(), ActualLinkPath.LABEL);
            label.getStyleClass().addAll("edge-label", STYLE + "-label");
            layer.getChildren().addAll(curve, head, label);
            shown.add(p);
        }
        view.updateWorldSize();
    }

    public void clear() {
        layer.getChildren().clear();
        shown.clear();
        view.updateWorldSize();
    }

    /** The links shown, in the order given. */
    public List<ActualLinkPath> shown() { return List.copyOf(shown); }

    /** What the links cover, in diagram units ({minX, minY, maxX, maxY}), or null when none is shown. */
    double[] area() {
        if (shown.isEmpty()) return null;
        double[] a = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (ActualLinkPath p : shown) {
            for (double[] xy : new double[][] {{p.x1(), p.y1()}, {p.c1x(), p.c1y()}, {p.c2x(), p.c2y()}, {p.x2(), p.y2()}}) {
                a[0] = Math.min(a[0], xy[0]);
                a[1] = Math.min(a[1], xy[1]);
                a[2] = Math.max(a[2], xy[0]);
                a[3] = Math.max(a[3], xy[1]);
            }
        }
        return a;
    }
}
