package net.wsustopology.ui.canvas;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import net.wsustopology.command.Command;
import net.wsustopology.command.Edits;
import net.wsustopology.diagram.DetailLevel;
import net.wsustopology.document.Document;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.NewPlaces;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.ui.common.PlanOverlays;
import net.wsustopology.ui.common.ReadOnlyPlanView;

/**
 * The diagram of one plan: cards on a zoomable, scrollable surface, with the legend folded to a
 * button in the top-right corner and the overview in the bottom-right one.
 * Gestures are handled by {@link CanvasMouse}, drops from the palette by {@link PaletteDrop},
 * zoom and scrolling by {@link Viewport}.
 */
public final class TopologyCanvas extends StackPane implements PlanOverlays, ReadOnlyPlanView {
    private final CanvasContextMenu contextMenu;
    public static final double MIN_ZOOM = Viewport.MIN_ZOOM;
    public static final double MAX_ZOOM = Viewport.MAX_ZOOM;
    /** Below this zoom host names get hard to read, so a plan is not fitted on opening. */
    private static final double READABLE_FIT = 0.5;
    /** Room between a corner overlay (legend, overview) and the canvas edge, clear of the scroll bars. */
    private static final double CORNER_MARGIN = 22;

    /** Largest zoom of a read-only canvas fitting a small plan (one server fills a screen at 100 % badly). */
    public static final double PRESENTATION_ZOOM = 2.0;

    private final boolean editable;
    private final TopologyView view;
    private final Viewport viewport;
    private final ScrollPane scroll;
    private final ReadOnlyDoubleProperty zoom;
    private final BooleanProperty legendVisible = new SimpleBooleanProperty(false);
    /** The zoom the last Fit chose (NaN before any). */
    private double fittedZoom = Double.NaN;
    private final BooleanProperty overviewShown = new SimpleBooleanProperty(true);
    private final CanvasLegend legend = new CanvasLegend(true);
    private final Overview overview;
    private final ExtraCards extras;
    private final ExtraLinks extraLinks;
    private boolean legendBeforeCompare;
    /** How a read-only canvas looks at its diagram; null on the editor's canvas. */
    private final SlideCamera camera;
    private Consumer<String> messages = m -> { };
    private Consumer<Server> pasteAsDownstream = s -> { };

    public TopologyCanvas(Document document) { this(document, true); }

    /**
     * The same diagram without editing (presentation mode): no gestures, palette drops or
     * context menu, no legend overlay; the whole plan fitted and centred in the view, up to
     * {@link #PRESENTATION_ZOOM}, until the presenter zooms in (see {@link SlideCamera}).
     */
    public static TopologyCanvas readOnly(Document document) { return new TopologyCanvas(document, false); }

    private TopologyCanvas(Document document, boolean editable) {
        this.editable = editable;
        getStyleClass().add("topology-canvas");
        // the editor draws cards whole where they read; presentation draws only what an audience can read
        view = new TopologyView(document, editable ? DetailLevel.TextRule.WHOLE_CARDS : DetailLevel.TextRule.READABLE);
        extras = new ExtraCards(view);
        extraLinks = new ExtraLinks(view);
        overview = new Overview(this, view);
        viewport = new Viewport(view);
        scroll = viewport.scrollPane();
        camera = editable ? null : new SlideCamera(view, viewport, this::updateVisibleArea);
        if (!editable) viewport.leaveWheelTo(camera);
        zoom = viewport.zoomProperty();
        viewport.afterEachStep(this::updateVisibleArea);
        // the level of detail first, so the cull that follows the visible area draws this zoom's level
        zoom.addListener((o, a, b) -> view.showDetailFor(b.doubleValue()));
        scroll.hvalueProperty().addListener((o, a, b) -> updateVisibleArea());
        scroll.vvalueProperty().addListener((o, a, b) -> updateVisibleArea());
        scroll.hvalueProperty().addListener((o, a, b) -> overview.updateFrame());
        scroll.vvalueProperty().addListener((o, a, b) -> overview.updateFrame());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (!editable) camera.refit();
            else if (a.getWidth() <= 0 && b.getWidth() > 0) showInitialView();
            updateVisibleArea();
        });
        zoom.addListener((o, a, b) -> updateVisibleArea());
        zoom.addListener((o, a, b) -> extras.followDetail());
        zoom.addListener((o, a, b) -> { if (DetailLevel.isSummary(a.doubleValue()) != DetailLevel.isSummary(b.doubleValue())) overview.scheduleRedraw(); });
        view.summary().onOpen(s -> setGroupOpen(s, true));
        scroll.viewportBoundsProperty().addListener((o, a, b) -> showOverviewIfUseful());
        zoom.addListener((o, a, b) -> showOverviewIfUseful());
        view.world().prefWidthProperty().addListener((o, a, b) -> showOverviewIfUseful());
        view.world().prefHeightProperty().addListener((o, a, b) -> showOverviewIfUseful());
        legend.visibleProperty().bind(legendVisible);
        legendVisible.addListener((o, was, now) -> { if (editable && isFitted()) zoomToFit(); });
        legend.managedProperty().bind(legendVisible);
        legend.setMouseTransparent(true);
        legend.follow(view.marks());
        StackPane.setAlignment(overview, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(overview, new Insets(0, CORNER_MARGIN, CORNER_MARGIN, 0));
        overviewShown.addListener((o, a, b) -> showOverviewIfUseful());
        getChildren().addAll(scroll, LegendCorner.of(legend, legendVisible, CORNER_MARGIN), overview);
        setFocusTraversable(true);
        if (editable) {
            new CanvasMouse(this, view);
            new PaletteDrop(this, view);
            contextMenu = new CanvasContextMenu(this, view);
        } else {
            contextMenu = null;
            legendVisible.set(false);
            overviewShown.set(false);
            getChildren().setAll(scroll);
            // the plan is always fitted: a scroll bar coming and going would refit it in a loop
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        }
        new NodeTooltips(view, extras);
        updateVisibleArea();
    }

    public Document document() { return view.document(); }

    public Node node() { return this; }

    /** Where the canvas reports what it did or refused ("Cannot connect: that would make a loop"). */
    public void setMessageSink(Consumer<String> sink) { this.messages = sink; }

    /** Where on the screen the server's card ends (its bottom centre), or the canvas centre when it is not drawn. */
    public Point2D screenPointBelow(Server server) {
        ServerNode node = server == null ? null : view.node(server);
        if (node != null && node.getScene() != null) {
            Bounds b = node.getLayoutBounds();
            Point2D p = node.localToScreen(b.getWidth() / 2, b.getHeight());
            if (p != null) return p;
        }
        Bounds b = getLayoutBounds();
        return localToScreen(b.getWidth() / 2, b.getHeight() / 2);
    }

    /** The quick fixes a card's context menu offers for the server's findings. */
    public void setFixes(Function<Server, List<MenuItem>> fixes) { if (contextMenu != null) contextMenu.useFixes(fixes); }

    void message(String text) { messages.accept(text); }

    /** What a card's "Paste as downstream" does (the clipboard lives outside the canvas). */
    public void setPasteAsDownstream(Consumer<Server> action) { this.pasteAsDownstream = action; }

    void pasteAsDownstream(Server upstream) { pasteAsDownstream.accept(upstream); }

    public ReadOnlyDoubleProperty zoomProperty() { return zoom; }
    public double zoom() { return zoom.get(); }
    /** True while the legend is unfolded; folded, only its button shows in the top-right corner. */
    public BooleanProperty legendVisibleProperty() { return legendVisible; }

    /** View > Overview: the whole plan small in the bottom-right corner, while it is larger than the view. */
    public BooleanProperty overviewShownProperty() { return overviewShown; }

    /**
     * The overview shows only when asked for and the cards still shown (collapsed subtrees left
     * out) do not fit the view at this zoom.
     */
    private void showOverviewIfUseful() {
        Bounds vp = scroll.getViewportBounds();
        double z = zoom.get();
        overview.measureShownPlan();
        boolean larger = overview.shownWidth() * z > vp.getWidth() + 1 || overview.shownHeight() * z > vp.getHeight() + 1;
        overview.setVisible(overviewShown.get() && larger && vp.getWidth() > 0);
        if (overview.isVisible()) overview.updateFrame();
    }

    /** True while the overview is drawn (asked for, and the plan is larger than the view). */
    public boolean isOverviewVisible() { return overview.isVisible(); }

    /** The part of the diagram the window shows, in diagram units: {x0, y0, x1, y1}. */
    double[] visibleDiagramArea() { return viewport.visibleDiagramArea(); }

    /** Scrolls so the diagram point (x, y) is at the view's top-left corner, as near as bounds allow. */
    void showDiagramFrom(double x, double y) { viewport.scrollTo(x, y, 0, 0); }

    /** Style classes an overlay puts on the cards (the sync delay heat map). */
    public CardMarks cardMarks() { return view.marks(); }

    /** Read-only cards for servers outside the plan (a comparison's deployed-only servers). */
    public ExtraCards extraCards() { return extras; }

    /** Links outside the plan (a comparison's actual links). */
    public ExtraLinks extraLinks() { return extraLinks; }

    /** The legend's key to a comparison's marks and links, shown (and the legend unfolded) while {@code on}. */
    public void showCompareKey(boolean on) {
        legend.showCompareKey(on);
        if (on) legendBeforeCompare = legendVisible.get();
        legendVisible.set(on || legendBeforeCompare);
    }

    ScrollPane scrollPane() { return scroll; }

    // ---- zoom

    public void zoomIn() {
        if (camera != null) camera.zoomByAroundCentre(Viewport.ZOOM_STEP);
        else viewport.zoomAroundCentre(zoom.get() * Viewport.ZOOM_STEP);
    }

    public void zoomOut() {
        if (camera != null) camera.zoomByAroundCentre(1 / Viewport.ZOOM_STEP);
        else viewport.zoomAroundCentre(zoom.get() / Viewport.ZOOM_STEP);
    }
    public void zoomToActualSize() { viewport.zoomAroundCentre(1); }

    /** The tree layout for the visible area's size (a wide screen's until the canvas is shown); pinned servers keep their place. */
    public LayoutResult tidyLayout() {
        Bounds vp = scroll.getViewportBounds();
        boolean shown = vp.getWidth() > 0 && vp.getHeight() > 0;
        return new TreeLayout().layoutForView(document().topology(), shown ? vp.getWidth() : 1600, shown ? vp.getHeight() : 900);
    }

    /** Zooms so the whole plan fits the window (never above 100 %), clear of the unfolded legend. */
    public void zoomToFit() {
        Bounds vp = scroll.getViewportBounds();
        if (vp.getWidth() <= 0) return;
        double z = Math.min((vp.getWidth() - legendRoom()) / view.contentWidth(), vp.getHeight() / view.contentHeight());
        viewport.zoomFromStart(Math.min(1, z));
        fittedZoom = zoom.get();
    }

    /** The width the unfolded legend takes at the right: Fit keeps every card left of it, so it covers none. */
    private double legendRoom() {
        if (!editable || !legendVisible.get()) return 0;
        legend.applyCss();
        return legend.prefWidth(-1) + 2 * CORNER_MARGIN;
    }

    /** True while the view is as Fit left it (the legend unfolding or folding then fits again). */
    private boolean isFitted() {
        return zoom.get() == fittedZoom && scroll.getHvalue() == scroll.getHmin() && scroll.getVvalue() == scroll.getVmin();
    }

    /** True while the presenter has zoomed into a read-only canvas (Escape goes back out first). */
    public boolean isZoomedIn() { return camera != null && camera.isZoomedIn(); }

    /** A read-only canvas's whole diagram, fitted and centred again. */
    public void showWhole() { if (camera != null) camera.showWhole(); }

    // ---- scrolling

    /** Tells the view which part of the diagram the window shows, so it creates just those cards. */
    private void updateVisibleArea() {
        if (viewport.isAdjusting()) return;
        double[] area = camera != null ? camera.visibleDiagramArea() : viewport.visibleDiagramArea();
        view.setVisibleArea(area[0], area[1], area[2], area[3]);
    }

    /** Scrolls by a screen distance (panning). */
    void scrollBy(double dx, double dy) { viewport.scrollBy(dx, dy); }

    /** Zooms keeping the diagram point under viewport position (vx, vy) where it is. */
    void zoomAround(double newZoom, double vx, double vy) { viewport.zoomAround(newZoom, vx, vy); }

    // ---- revealing

    /**
     * Selects the server and scrolls its card to the middle of the window (expanding collapsed
     * upstreams), zooming in first to where cards read when they do not (a server found at Fit).
     */
    public void reveal(Server server) {
        if (view.drawnAt(server) == null) return;
        view.expandAbove(server);
        collapseChanged();
        document().selection().select(server);
        if (!DetailLevel.isSummary(zoom())) centreOn(server);
        else viewport.zoomCentredOn(DetailLevel.CARDS_READABLE, view.drawnAt(server).x(), view.drawnAt(server).y());
        updateVisibleArea();
    }

    /**
     * On opening: servers without a saved position are laid out for the window's shape; a plan
     * that then fits at a readable zoom is shown whole, a bigger one from its top, at 100 %.
     */
    private void showInitialView() {
        Bounds vp = scroll.getViewportBounds();
        view.layOutUnplacedFor(vp.getWidth(), vp.getHeight());
        double fit = Math.min(vp.getWidth() / view.contentWidth(), vp.getHeight() / view.contentHeight());
        if (fit >= READABLE_FIT) {
            zoomToFit();
        } else {
            showTop();
        }
    }

    /** Scrolls to the top of the diagram with Microsoft Update in the middle. */
    private void showTop() {
        Bounds vp = scroll.getViewportBounds();
        viewport.scrollTo(view.microsoftUpdateX(), 0, vp.getWidth() / 2, 0);
    }

    /** Marks the read-only card of {@code server} (outside the plan) as chosen and scrolls it into the middle of the window. */
    public void revealExtra(Server server) {
        Position p = extras.centreOf(server);
        if (p == null) return;
        extras.select(server);
        centreOn(p);
    }

    /** Scrolls the card to the middle of the window unless it is already wholly in view. */
    void centreOn(Server server) { centreOn(view.drawnAt(server)); }

    private void centreOn(Position p) {
        if (viewport.shows(p.x() - ServerNode.WIDTH / 2, p.y() - ServerNode.HEIGHT / 2, p.x() + ServerNode.WIDTH / 2,
                p.y() + ServerNode.HEIGHT / 2)) return;
        Bounds vp = viewport.bounds();
        viewport.scrollTo(p.x(), p.y(), vp.getWidth() / 2, vp.getHeight() / 2);
        updateVisibleArea();
    }

    /** Where the card of {@code server} is drawn, in diagram units (its centre). */
    public Position positionOf(Server server) { return view.positionOf(server); }

    /** Free places for servers being added, as the cards are drawn now. */
    public NewPlaces newPlaces() { return new NewPlaces(document().topology(), view::drawnAt, view.microsoftUpdateCentre()); }

    /**
     * The view's part of Arrange > Tidy Tree: Microsoft Update to {@code where}, back to where it
     * was on undo. Edits.applyLayout puts it in the same undo step as the servers' moves.
     */
    public Command moveMicrosoftUpdate(Position where) {
        return Edits.moveMicrosoftUpdate(view::microsoftUpdateCentre, view::placeMicrosoftUpdate, where);
    }

    /** Where Microsoft Update is drawn (its centre). */
    public Position microsoftUpdateCentre() { return view.microsoftUpdateCentre(); }

    /** True when the card of {@code server}, or its title at the summary level, carries the style class (for tests and the issues list). */
    public boolean nodeHasStyleClass(Server server, String styleClass) {
        ServerNode n = view.node(server);
        if (n == null && view.summary().titleOf(server) != null) return view.summary().titleOf(server).getStyleClass().contains(styleClass);
        return n != null && n.getStyleClass().contains(styleClass);
    }

    /** The diagram's view (for tests). */
    TopologyView view() { return view; }

    /** The card of {@code server}, or null while it is not drawn (for tests). */
    ServerNode cardOf(Server server) { return view.node(server); }

    /** Screen point of the centre of the server's card (for tests driving the mouse). */
    Point2D screenCentreOf(Server server) {
        ServerNode n = view.node(server);
        return n.localToScreen(ServerNode.WIDTH / 2, ServerNode.HEIGHT / 2);
    }

    /** True when a link into {@code server} (from its upstream or Microsoft Update) is drawn. */
    boolean hasVisibleEdge(Server server) { return view.edgeInto(server) != null; }

    EdgeView edgeInto(Server server) { return view.edgeInto(server); }

    /** The text beside the link into {@code server} ("8530", "? hub (not in plan)"), or null while it is not drawn (for tests). */
    String edgeText(Server server) {
        EdgeView e = view.edgeInto(server);
        return e == null ? null : e.label().getText();
    }

    /** Folds or unfolds the subtree below {@code server}; the overview follows what is still shown. */
    public void setCollapsed(Server server, boolean collapsed) {
        view.setCollapsed(server, collapsed);
        collapseChanged();
    }

    private void collapseChanged() {
        overview.scheduleRedraw();
        showOverviewIfUseful();
    }

    /** Opens or folds by hand the group of the leaf downstreams of {@code upstream}; the overview follows. */
    public void setGroupOpen(Server upstream, boolean open) {
        view.setGroupOpen(upstream, open);
        collapseChanged();
    }

    public boolean isShown(Server server) {
        return view.drawnAt(server) != null && !view.isHidden(server);
    }
}
