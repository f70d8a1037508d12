package net.wsustopology.ui.canvas;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;

/**
 * The canvas's window onto the diagram: the zoom and the scroll position, and the conversions
 * between diagram units and the pixels of the view. Ctrl + wheel zooms around the pointer.
 */
final class Viewport {
    /** Low enough to fit 10,000 servers in a window (their summary level stays readable there). */
    static final double MIN_ZOOM = 0.02;
    static final double MAX_ZOOM = 4.0;
    static final double ZOOM_STEP = 1.25;

    private final TopologyView view;
    private final ScrollPane scroll = new ScrollPane();
    private final Pane surface = new Pane();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final SimpleDoubleProperty zoom = new SimpleDoubleProperty(1);
    private SlideCamera slideCamera;
    /** True while one step changes the zoom and both scroll values: the visible area is told once, after it. */
    private boolean adjusting;
    private Runnable adjusted = () -> { };

    Viewport(TopologyView view) {
        this.view = view;
        view.world().getTransforms().add(scale);
        view.world().setManaged(false);
        // A plain Pane sized to the zoomed diagram, not a Group: a Group's bounds depend on every
        // card, and the scroll pane would re-measure all cards each time one of them moves.
        surface.getChildren().add(view.world());
        surface.getStyleClass().add("canvas-surface");
        scroll.setContent(surface);
        scroll.getStyleClass().add("canvas-scroll");
        scroll.setFocusTraversable(false);
        view.world().prefWidthProperty().addListener((o, a, b) -> fillViewport());
        view.world().prefHeightProperty().addListener((o, a, b) -> fillViewport());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> fillViewport());
        zoom.addListener((o, a, b) -> {
            scale.setX(b.doubleValue());
            scale.setY(b.doubleValue());
            fillViewport();
        });
        scroll.addEventFilter(ScrollEvent.SCROLL, this::wheel);
    }

    ScrollPane scrollPane() { return scroll; }

    /** The view's size in pixels (zero before it is shown). */
    Bounds bounds() { return scroll.getViewportBounds(); }

    ReadOnlyDoubleProperty zoomProperty() { return zoom; }

    double zoom() { return zoom.get(); }

    void setZoom(double z) { zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z))); }

    /** Zooms keeping the diagram point under viewport position (vx, vy) where it is. */
    void zoomAround(double newZoom, double vx, double vy) {
        double[] offset = scrollOffset();
        double z = zoom.get();
        double dx = (offset[0] + vx) / z;
        double dy = (offset[1] + vy) / z;
        inOneStep(() -> {
            setZoom(newZoom);
            scrollTo(dx, dy, vx, vy);
        });
    }

    /** Zooms and scrolls to the start in one step (Fit). */
    void zoomFromStart(double newZoom) {
        inOneStep(() -> {
            setZoom(newZoom);
            scrollToStart();
        });
    }

    private void inOneStep(Runnable step) {
        boolean outer = !adjusting;
        adjusting = true;
        try {
            step.run();
        } finally {
            if (outer) adjusting = false;
        }
        if (outer) adjusted.run();
    }

    /** True inside a step that changes the zoom and the scroll values together. */
    boolean isAdjusting() { return adjusting; }

    /** What runs once after such a step. */
    void afterEachStep(Runnable action) { this.adjusted = action; }

    void zoomAroundCentre(double newZoom) {
        Bounds vp = bounds();
        zoomAround(newZoom, vp.getWidth() / 2, vp.getHeight() / 2);
    }

    /** Zooms to {@code newZoom} with the diagram point (x, y) in the middle of the view. */
    void zoomCentredOn(double newZoom, double x, double y) {
        zoomAroundCentre(newZoom);
        Bounds vp = bounds();
        scrollTo(x, y, vp.getWidth() / 2, vp.getHeight() / 2);
    }

    /** A slide's camera zooms with the wheel itself (it does not scroll). */
    void leaveWheelTo(SlideCamera camera) { this.slideCamera = camera; }

    private void wheel(ScrollEvent e) {
        if (slideCamera != null) return;
        if (!e.isShortcutDown() || e.getDeltaY() == 0) return;
        Bounds vp = bounds();
        Point2D p = scroll.sceneToLocal(e.getSceneX(), e.getSceneY());
        double factor = e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP;
        zoomAround(zoom.get() * factor, Math.min(p.getX(), vp.getWidth()), Math.min(p.getY(), vp.getHeight()));
        e.consume();
    }

    /** Sizes the surface to the zoomed diagram, at least the window, so empty space takes clicks and drops. */
    private void fillViewport() {
        Bounds vp = bounds();
        double z = zoom.get();
        double w = Math.max(view.contentWidth(), vp.getWidth() / z);
        double h = Math.max(view.contentHeight(), vp.getHeight() / z);
        view.world().resize(w, h);
        surface.setMinSize(w * z, h * z);
        surface.setPrefSize(w * z, h * z);
        surface.setMaxSize(w * z, h * z);
    }

    /**
     * The part of the diagram the window shows, in diagram units: {x0, y0, x1, y1}; before the
     * view has a size, that of a wide screen.
     */
    double[] visibleDiagramArea() {
        Bounds vp = bounds();
        double[] offset = scrollOffset();
        double z = zoom.get();
        double w = vp.getWidth() > 0 ? vp.getWidth() : 1600;
        double h = vp.getHeight() > 0 ? vp.getHeight() : 1000;
        return new double[] {offset[0] / z, offset[1] / z, (offset[0] + w) / z, (offset[1] + h) / z};
    }

    /** True when the diagram rectangle lies wholly in the view. */
    boolean shows(double x0, double y0, double x1, double y1) {
        Bounds vp = bounds();
        double[] offset = scrollOffset();
        double z = zoom.get();
        return x0 * z >= offset[0] && y0 * z >= offset[1] && x1 * z <= offset[0] + vp.getWidth() && y1 * z <= offset[1] + vp.getHeight();
    }

    /** The scrolled-away part of the content, in screen pixels: {x, y}. */
    double[] scrollOffset() {
        Bounds vp = bounds();
        double[] size = contentSize();
        return new double[] {
                scroll.getHvalue() * Math.max(0, size[0] - vp.getWidth()),
                scroll.getVvalue() * Math.max(0, size[1] - vp.getHeight())};
    }

    private double[] contentSize() {
        Bounds vp = bounds();
        double z = zoom.get();
        return new double[] {Math.max(view.contentWidth() * z, vp.getWidth()), Math.max(view.contentHeight() * z, vp.getHeight())};
    }

    /** Scrolls so that diagram point (x, y) appears at viewport position (vx, vy), as near as bounds allow. */
    void scrollTo(double x, double y, double vx, double vy) {
        scroll.layout();
        Bounds vp = bounds();
        double[] size = contentSize();
        double spanX = size[0] - vp.getWidth();
        double spanY = size[1] - vp.getHeight();
        double z = zoom.get();
        scroll.setHvalue(spanX <= 0 ? 0 : clamp01((x * z - vx) / spanX));
        scroll.setVvalue(spanY <= 0 ? 0 : clamp01((y * z - vy) / spanY));
    }

    /** Scrolls by a screen distance (panning). */
    void scrollBy(double dx, double dy) {
        Bounds vp = bounds();
        double[] size = contentSize();
        double spanX = size[0] - vp.getWidth();
        double spanY = size[1] - vp.getHeight();
        if (spanX > 0) scroll.setHvalue(clamp01(scroll.getHvalue() + dx / spanX));
        if (spanY > 0) scroll.setVvalue(clamp01(scroll.getVvalue() + dy / spanY));
    }

    void scrollToStart() {
        scroll.setHvalue(0);
        scroll.setVvalue(0);
    }

    private static double clamp01(double v) { return Math.max(0, Math.min(1, v)); }
}
