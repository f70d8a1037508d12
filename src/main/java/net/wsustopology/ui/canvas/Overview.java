package net.wsustopology.ui.canvas;

import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import net.wsustopology.diagram.Box;
import net.wsustopology.diagram.Groups;
import net.wsustopology.model.Position;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.model.TopologyListener;
import net.wsustopology.validation.Severity;

/**
 * View > Overview: the whole plan drawn small in a corner of the canvas, one rectangle per card
 * (one per folded group, as the canvas draws it),
 * with the visible area as a frame. Dragging the frame pans, a click elsewhere centres the view
 * there. The plan is redrawn at most every {@link #REDRAW_DELAY} after a change, so a 5,000-server
 * plan costs one pass over its positions per burst of edits; scrolling moves only the frame.
 * Colours come from the theme through style classes on hidden swatches.
 */
final class Overview extends Pane {
    static final double WIDTH = 220;
    static final double HEIGHT = 150;
    /** A long, flat plan gets a flat overview, but not flatter than this. */
    private static final double MIN_SIDE = 48;
    private static final double PADDING = 6;
    private static final Duration REDRAW_DELAY = Duration.millis(150);

    private final TopologyCanvas canvas;
    private final TopologyView view;
    private final Canvas plan = new Canvas();
    private final Rectangle frame = new Rectangle();
    private final Region cardSwatch = swatch("overview-card");
    private final Region rootSwatch = swatch("overview-root");
    private final Region replicaSwatch = swatch("overview-replica");
    private final Region errorSwatch = swatch("overview-error");
    private final PauseTransition throttle = new PauseTransition(REDRAW_DELAY);
    private boolean redrawPending;
    /** The part of the diagram with cards still shown (collapsed subtrees left out): {x0, y0, width, height}. */
    private double[] shown = {0, 0, 1, 1};
    private int cardsDrawn;
    /** Where the frame was grabbed, relative to its top-left corner, while it is dragged. */
    private double grabX;
    private double grabY;

    Overview(TopologyCanvas canvas, TopologyView view) {
        this.canvas = canvas;
        this.view = view;
        getStyleClass().add("overview");
        setId("overview");
        resizeTo(WIDTH, HEIGHT);
        frame.getStyleClass().add("overview-frame");
        frame.setMouseTransparent(true);
        getChildren().addAll(cardSwatch, rootSwatch, replicaSwatch, errorSwatch, plan, frame);
        throttle.setOnFinished(e -> redraw());
        view.document().topology().addListener(new TopologyListener() {
            @Override public void serverAdded(Server s) { scheduleRedraw(); }
            @Override public void serverRemoved(Server s) { scheduleRedraw(); }
            @Override public void serverChanged(Server s, String property, Object oldValue, Object newValue) { scheduleRedraw(); }
        });
        view.document().findings().addListener(ids -> scheduleRedraw());
        for (Region swatch : new Region[] {cardSwatch, rootSwatch, replicaSwatch, errorSwatch}) {
            swatch.backgroundProperty().addListener((o, a, b) -> scheduleRedraw());
        }
        visibleProperty().addListener((o, a, shown) -> {
            if (shown) redraw();
        });
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
    }

    private static Region swatch(String styleClass) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        r.setManaged(false);
        r.resize(0, 0);
        return r;
    }

    /** Measures the cards still shown again: after a collapse, an expand or a change to the plan's extent. */
    void measureShownPlan() {
        double[] area = view.drawnArea();
        double x0 = Math.max(0, area[0] - TreeLayout.MARGIN);
        double y0 = Math.max(0, area[1] - TreeLayout.MARGIN);
        shown = new double[] {x0, y0, Math.max(1, area[2] + TreeLayout.MARGIN - x0), Math.max(1, area[3] + TreeLayout.MARGIN - y0)};
    }

    double shownWidth() { return shown[2]; }
    double shownHeight() { return shown[3]; }

    /** Redraws the plan soon, once for any number of changes in between. */
    void scheduleRedraw() {
        if (redrawPending || !isVisible()) return;
        redrawPending = true;
        throttle.playFromStart();
    }

    /**
     * Overview pixels per diagram unit and the overview's left and top margins: {scale, left, top}.
     * The overview has the shape of the cards shown, at most {@link #WIDTH} by {@link #HEIGHT}.
     */
    private double[] fit() {
        double w = shown[2];
        double h = shown[3];
        double scale = Math.min((WIDTH - 2 * PADDING) / w, (HEIGHT - 2 * PADDING) / h);
        double width = Math.max(MIN_SIDE, w * scale + 2 * PADDING);
        double height = Math.max(MIN_SIDE, h * scale + 2 * PADDING);
        resizeTo(width, height);
        return new double[] {scale, (width - w * scale) / 2 - shown[0] * scale, (height - h * scale) / 2 - shown[1] * scale};
    }

    private void resizeTo(double width, double height) {
        if (getPrefWidth() == width && getPrefHeight() == height) return;
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        plan.setWidth(width);
        plan.setHeight(height);
    }

    void redraw() {
        redrawPending = false;
        measureShownPlan();
        cardsDrawn = 0;
        double[] fit = fit();
        double s = fit[0];
        GraphicsContext g = plan.getGraphicsContext2D();
        g.clearRect(0, 0, plan.getWidth(), plan.getHeight());
        Topology topology = view.document().topology();
        double cw = Math.max(1.5, ServerNode.WIDTH * s);
        double ch = Math.max(1.5, ServerNode.HEIGHT * s);
        Paint card = colour(cardSwatch);
        Paint root = colour(rootSwatch);
        Paint replica = colour(replicaSwatch);
        Paint error = colour(errorSwatch);
        for (Server server : topology.servers()) {
            Position p = view.drawnAt(server);
            if (p == null || view.isHidden(server) || view.summary().foldsAway(server)) continue;
            Severity worst = view.document().findings().worst(server.id());
            g.setFill(worst == Severity.ERROR ? error : !server.isSyncFromUpstream() ? root : server.isReplica() ? replica : card);
            g.fillRect(fit[1] + (p.x() - ServerNode.WIDTH / 2) * s, fit[2] + (p.y() - ServerNode.HEIGHT / 2) * s, cw, ch);
            cardsDrawn++;
        }
        for (Groups.Group group : view.summary().groups().all()) {
            if (view.isHidden(group.upstream()) || !view.summary().isFolded(group.upstream())) continue;
            g.setFill(view.summary().foldedWorst(group.upstream()) == Severity.ERROR ? error : card);
            Box b = group.block();
            g.fillRect(fit[1] + b.x0() * s, fit[2] + b.y0() * s, Math.max(1.5, b.width() * s), Math.max(1.5, b.height() * s));
        }
        updateFrame();
    }

    /** How many cards the last redraw drew (for tests). */
    int cardsDrawn() { return cardsDrawn; }

    private static Paint colour(Region swatch) {
        Background b = swatch.getBackground();
        return b == null || b.getFills().isEmpty() ? Color.GRAY : b.getFills().get(0).getFill();
    }

    /** Moves the frame to the part of the plan the canvas shows. */
    void updateFrame() {
        double[] fit = fit();
        double[] area = canvas.visibleDiagramArea();
        double x0 = fit[1] + area[0] * fit[0];
        double y0 = fit[2] + area[1] * fit[0];
        double x1 = Math.min(getPrefWidth() - 1, fit[1] + area[2] * fit[0]);
        double y1 = Math.min(getPrefHeight() - 1, fit[2] + area[3] * fit[0]);
        frame.setX(Math.max(1, x0));
        frame.setY(Math.max(1, y0));
        frame.setWidth(Math.max(4, x1 - frame.getX()));
        frame.setHeight(Math.max(4, y1 - frame.getY()));
    }

    private void pressed(MouseEvent e) {
        Bounds f = frame.getBoundsInParent();
        if (!f.contains(e.getX(), e.getY())) {
            grabX = frame.getWidth() / 2;
            grabY = frame.getHeight() / 2;
            panTo(e.getX(), e.getY());
        } else {
            grabX = e.getX() - frame.getX();
            grabY = e.getY() - frame.getY();
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        panTo(e.getX(), e.getY());
        e.consume();
    }

    /** Scrolls the canvas so the frame's grabbed point is at overview point (x, y). */
    private void panTo(double x, double y) {
        double[] fit = fit();
        double left = (x - grabX - fit[1]) / fit[0];
        double top = (y - grabY - fit[2]) / fit[0];
        canvas.showDiagramFrom(left, top);
        updateFrame();
    }
}
