package net.wsustopology.ui.canvas;

import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;

/**
 * How a read-only canvas (a slide of presentation mode) looks at its diagram: fitted and centred,
 * or zoomed in by the presenter (Ctrl+wheel around the pointer, the + and − keys, a double-click
 * fitting a card's subtree) and panned by dragging. Zoom is the viewport's scale and the place is
 * the world's translation, so nothing scrolls: the plain wheel does nothing on a slide.
 */
final class SlideCamera {
    private final TopologyView view;
    private final Viewport viewport;
    private final Runnable moved;
    /** The diagram area fitted now: null for the whole diagram. */
    private double[] focus;
    private boolean byHand;
    private double lastX;
    private double lastY;

    SlideCamera(TopologyView view, Viewport viewport, Runnable moved) {
        this.view = view;
        this.viewport = viewport;
        this.moved = moved;
        viewport.scrollPane().addEventFilter(ScrollEvent.SCROLL, this::wheel);
        view.world().addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.world().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getScreenX();
            lastY = e.getScreenY();
        });
        view.world().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    }

    /** True while the presenter has zoomed in, panned or fitted a subtree: Escape goes back to the whole slide. */
    boolean isZoomedIn() { return byHand || focus != null; }

    /** Back to the whole diagram, fitted and centred. */
    void showWhole() {
        focus = null;
        byHand = false;
        refit();
    }

    /** Fits what is in focus again (the view changed size, or nothing was zoomed by hand). */
    void refit() {
        if (byHand) return;
        double[] area = focus != null ? focus : view.drawnArea();
        Bounds vp = viewport.bounds();
        if (vp.getWidth() <= 0 || vp.getHeight() <= 0) return;
        double m = TreeLayout.MARGIN;
        double w = area[2] - area[0] + 2 * m;
        double h = area[3] - area[1] + 2 * m;
        // a small slide is not blown up past PRESENTATION_ZOOM, but a card asked for may fill the screen
        double most = focus != null ? Viewport.MAX_ZOOM : TopologyCanvas.PRESENTATION_ZOOM;
        viewport.setZoom(Math.min(most, Math.min(vp.getWidth() / w, vp.getHeight() / h)));
        double z = viewport.zoom();
        view.world().setTranslateX((vp.getWidth() - (area[0] + area[2]) * z) / 2);
        view.world().setTranslateY((vp.getHeight() - (area[1] + area[3]) * z) / 2);
        viewport.scrollToStart();
        moved.run();
    }

    /** Fits {@code server}'s card and everything below it. */
    void fitSubtree(Server server) {
        double[] area = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Server s : view.document().topology().subtree(server)) {
            Position p = view.drawnAt(s);
            if (p == null || view.isHidden(s)) continue;
            area[0] = Math.min(area[0], p.x() - ServerNode.WIDTH / 2);
            area[1] = Math.min(area[1], p.y() - ServerNode.HEIGHT / 2);
            area[2] = Math.max(area[2], p.x() + ServerNode.WIDTH / 2);
            area[3] = Math.max(area[3], p.y() + ServerNode.HEIGHT / 2);
        }
        if (area[0] > area[2]) return;
        focus = area;
        byHand = false;
        refit();
    }

    /** Zooms by {@code factor} keeping the point at view position (vx, vy) where it is. */
    void zoomBy(double factor, double vx, double vy) {
        double before = viewport.zoom();
        viewport.setZoom(before * factor);
        double ratio = viewport.zoom() / before;
        view.world().setTranslateX(vx - (vx - view.world().getTranslateX()) * ratio);
        view.world().setTranslateY(vy - (vy - view.world().getTranslateY()) * ratio);
        byHand = true;
        moved.run();
    }

    void zoomByAroundCentre(double factor) {
        Bounds vp = viewport.bounds();
        zoomBy(factor, vp.getWidth() / 2, vp.getHeight() / 2);
    }

    /** The part of the diagram on screen, in diagram units: {x0, y0, x1, y1}. */
    double[] visibleDiagramArea() {
        Bounds vp = viewport.bounds();
        double z = viewport.zoom();
        double tx = view.world().getTranslateX();
        double ty = view.world().getTranslateY();
        double w = vp.getWidth() > 0 ? vp.getWidth() : 1600;
        double h = vp.getHeight() > 0 ? vp.getHeight() : 1000;
        return new double[] {-tx / z, -ty / z, (w - tx) / z, (h - ty) / z};
    }

    private void wheel(ScrollEvent e) {
        e.consume();
        if (!e.isShortcutDown() || e.getDeltaY() == 0) return;
        Point2D p = viewport.scrollPane().sceneToLocal(e.getSceneX(), e.getSceneY());
        zoomBy(e.getDeltaY() > 0 ? Viewport.ZOOM_STEP : 1 / Viewport.ZOOM_STEP, p.getX(), p.getY());
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2) return;
        ServerNode hit = view.nodeAt(e.getX(), e.getY(), Set.of());
        if (hit == null) return;
        fitSubtree(hit.server());
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!isZoomedIn() || e.getButton() != MouseButton.PRIMARY) return;
        view.world().setTranslateX(view.world().getTranslateX() + e.getScreenX() - lastX);
        view.world().setTranslateY(view.world().getTranslateY() + e.getScreenY() - lastY);
        lastX = e.getScreenX();
        lastY = e.getScreenY();
        byHand = true;
        moved.run();
        e.consume();
    }
}
