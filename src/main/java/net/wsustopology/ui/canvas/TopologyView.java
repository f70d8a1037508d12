package net.wsustopology.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import net.wsustopology.diagram.CardFace;
import net.wsustopology.diagram.DetailLevel;
import net.wsustopology.diagram.FaceReaders;
import net.wsustopology.diagram.LinkFace;
import net.wsustopology.document.Document;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.model.TopologyListener;
import net.wsustopology.validation.Reads;

/**
 * Keeps the cards and links in step with the plan. Every server has a drawn centre; only the
 * cards and links inside the visible area (plus a margin) exist as nodes, created when they
 * scroll into view, so a plan of thousands of servers opens as fast as a small one. A model
 * event updates only the nodes it affects; nothing is ever rebuilt as a whole. Where each card
 * is drawn lives in {@link DrawnPositions}.
 */
final class TopologyView implements TopologyListener {
    private static final double CULL_MARGIN = 300;

    private final Document document;
    private final Topology topology;
    private final Pane world = new Pane();
    private final Group edgeLayer = new Group();
    private final Group labelLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group overlay = new Group();
    private final MicrosoftUpdateNode mu = new MicrosoftUpdateNode();
    private final DrawnPositions drawn;
    private final Map<Server, ServerNode> nodes = new HashMap<>();
    private final Map<Server, EdgeView> edges = new HashMap<>();
    private final ShownSelection shownSelected = new ShownSelection(nodes);
    private final Collapse collapse;
    private final CardMarks marks = new CardMarks(this);
    private double[] visibleArea = {0, 0, 1600, 1000};
    private boolean cullScheduled;
    private final LevelOfDetail detail;
    private final SummaryView summary;
    private final LinkEnds ends;

    TopologyView(Document document, DetailLevel.TextRule textRule) {
        this.detail = new LevelOfDetail(textRule);
        this.document = document;
        this.topology = document.topology();
        this.collapse = new Collapse(topology, s -> document.findings().worst(s.id()));
        world.getStyleClass().add("canvas-world");
        world.getChildren().addAll(edgeLayer, labelLayer, nodeLayer, overlay);
        for (Group layer : new Group[] {edgeLayer, labelLayer, nodeLayer, overlay}) layer.setManaged(false);
        nodeLayer.getChildren().add(mu);
        LayoutResult layout = new TreeLayout().layout(topology);
        drawn = new DrawnPositions(topology, layout);
        summary = new SummaryView(document, drawn, collapse::isHidden, marks);
        ends = new LinkEnds(topology, drawn, mu, s -> collapse.isHidden(s) || summary.foldsAway(s));
        world.getChildren().add(3, summary.layer());
        placeMicrosoftUpdate(drawn.anyPositioned() ? null : layout.microsoftUpdate());
        topology.addListener(this);
        document.findings().addListener(this::findingsChanged);
        document.selection().addListener(selection -> {
            shownSelected.show(selection);
            if (summary.openForSelection(selection.servers())) summary.invalidate();
            scheduleCull();
        });
        document.commands().addListener(stack -> cull());
    }

    Pane world() { return world; }
    DrawnPositions drawn() { return drawn; }
    Group overlay() { return overlay; }
    Document document() { return document; }
    /** The card of {@code s}, or null while it is outside the visible area or folded away. */
    ServerNode node(Server s) { return nodes.get(s); }
    Collapse collapse() { return collapse; }
    CardMarks marks() { return marks; }
    /** The cards that exist now (those in or near the visible area). */
    Collection<ServerNode> cards() { return nodes.values(); }
    boolean isHidden(Server s) { return collapse.isHidden(s); }
    SummaryView summary() { return summary; }

    /** True when no card of {@code s} is drawn: folded away (collapsed or in a folded group) or named by a title. */
    private boolean cardHidden(Server s) { return collapse.isHidden(s) || summary.foldsAway(s) || summary.isTitled(s); }

    /** Where the card's centre is drawn now (during a drag: where it is being dragged). */
    Position drawnAt(Server s) { return drawn.of(s); }

    /** Puts Microsoft Update at {@code where}, or centred above the roots when null. */
    void placeMicrosoftUpdate(Position where) {
        if (where == null) where = drawn.aboveRoots();
        mu.moveCentreTo(where.x(), where.y());
        for (Server r : topology.roots()) connect(r);
        scheduleCull();
    }

    double microsoftUpdateX() { return mu.centreX(); }

    /**
     * Lays the servers without a saved position out afresh to fill a view of that size, once
     * the window's size is known; servers with a position stay.
     */
    void layOutUnplacedFor(double viewWidth, double viewHeight) {
        List<Server> moved = new ArrayList<>();
        LayoutResult layout = drawn.layOutUnplacedFor(viewWidth, viewHeight, moved);
        if (layout == null) return;
        for (Server s : moved) {
            ServerNode n = nodes.get(s);
            Position p = drawn.of(s);
            if (n != null) n.moveCentreTo(p.x(), p.y());
        }
        for (Server s : topology.servers()) connect(s);
        placeMicrosoftUpdate(drawn.anyPositioned() ? null : layout.microsoftUpdate());
        updateWorldSize();
    }

    Position microsoftUpdateCentre() { return new Position(mu.centreX(), mu.centreY()); }

    /** Where the model puts the server: its saved position, else where the tidy layout would. */
    Position positionOf(Server s) { return drawn.modelPosition(s); }

    // ---- which nodes exist

    /** The diagram area shown in the window: {x0, y0, x1, y1}. */
    void setVisibleArea(double x0, double y0, double x1, double y1) {
        visibleArea = new double[] {x0 - CULL_MARGIN, y0 - CULL_MARGIN, x1 + CULL_MARGIN, y1 + CULL_MARGIN};
        cull();
    }

    private void scheduleCull() {
        if (cullScheduled) return;
        cullScheduled = true;
        Platform.runLater(this::cull);
    }

    /** Creates the cards and links that came into view and drops those that left it. */
    void cull() {
        cullScheduled = false;
        updateWorldSize();
        summary.update(detail.zoom(), visibleArea);
        List<Node> addCards = new ArrayList<>();
        Set<Node> dropCards = new HashSet<>();
        List<Node> addEdges = new ArrayList<>();
        Set<Node> dropEdges = new HashSet<>();
        for (Server s : topology.servers()) {
            // most servers of a big plan are in folded groups at the summary level: nothing of theirs to draw or drop
            if (summary.foldsAway(s) && !nodes.containsKey(s) && !edges.containsKey(s)) continue;
            Position p = drawn.of(s);
            boolean want = !cardHidden(s) && inView(p.x() - ServerNode.WIDTH / 2, p.y() - ServerNode.HEIGHT / 2,
                    p.x() + ServerNode.WIDTH / 2, p.y() + ServerNode.HEIGHT / 2);
            ServerNode n = nodes.get(s);
            if (want && n == null) addCards.add(materialize(s));
            else if (!want && n != null) dropCards.add(nodes.remove(s));
            double[] line = ends.of(s);
            boolean wantEdge = line != null && inView(Math.min(line[0], line[2]), Math.min(line[1], line[3]),
                    Math.max(line[0], line[2]), Math.max(line[1], line[3]));
            EdgeView e = edges.get(s);
            if (wantEdge && e == null) {
                e = materializeEdge(s);
                addEdges.add(e.path());
                addEdges.add(e.label());
            } else if (!wantEdge && e != null) {
                edges.remove(s);
                dropEdges.add(e.path());
                dropEdges.add(e.label());
            }
        }
        if (!dropCards.isEmpty()) nodeLayer.getChildren().removeAll(dropCards);
        nodeLayer.getChildren().addAll(addCards);
        if (!dropEdges.isEmpty()) {
            edgeLayer.getChildren().removeAll(dropEdges);
            labelLayer.getChildren().removeAll(dropEdges);
        }
        for (Node n : addEdges) (n instanceof Path ? edgeLayer : labelLayer).getChildren().add(n);
    }

    private boolean inView(double x0, double y0, double x1, double y1) {
        return x1 >= visibleArea[0] && x0 <= visibleArea[2] && y1 >= visibleArea[1] && y0 <= visibleArea[3];
    }

    private ServerNode materialize(Server s) {
        ServerNode n = new ServerNode(s);
        nodes.put(s, n);
        Position p = drawn.of(s);
        n.moveCentreTo(p.x(), p.y());
        refreshCard(s);
        shownSelected.materialized(s, n, document.selection().contains(s));
        n.showTexts(detail);
        marks.applyTo(n);
        return n;
    }

    private EdgeView materializeEdge(Server s) {
        EdgeView e = new EdgeView();
        edges.put(s, e);
        showLink(s, e);
        connect(s);
        return e;
    }

    // ---- model events

    @Override public void serverAdded(Server s) {
        drawn.settle(s);
        summary.invalidate();
        for (Server d : topology.downstreamsOf(s.id())) removeEdge(d); // a stub becomes a link
        refreshTiers(s);
        refreshCollapse();
        scheduleCull();
    }

    @Override public void serverRemoved(Server s) {
        drawn.forget(s);
        ServerNode n = nodes.remove(s);
        if (n != null) nodeLayer.getChildren().remove(n);
        removeEdge(s);
        shownSelected.forget(s);
        collapse.forget(s);
        summary.forget(s);
        summary.invalidate();
        for (Server d : topology.downstreamsOf(s.id())) {
            removeEdge(d);
            refreshTiers(d);
        }
        refreshCollapse();
        scheduleCull();
    }

    /**
     * A move changes where a card is, a change of upstream which links exist; what the cards and
     * links show follows from what their faces declare they read.
     */
    @Override public void serverChanged(Server s, String property, Object oldValue, Object newValue) {
        if (!drawn.contains(s)) return;
        if (Server.POSITION.equals(property)) {
            moved(s);
            return;
        }
        summary.refaceAll();
        if (Reads.STRUCTURE.contains(property)) {
            summary.invalidate();
            removeEdge(s);
            refreshCollapse();
            scheduleCull();
        }
        for (Server r : FaceReaders.of(CardFace.READS, topology, s, property)) refreshCard(r);
        for (Server r : FaceReaders.of(LinkFace.READS, topology, s, property)) showLink(r, edges.get(r));
    }

    private void moved(Server s) {
        Position p = drawn.settle(s);
        ServerNode n = nodes.get(s);
        if (n != null) n.moveCentreTo(p.x(), p.y());
        summary.invalidate();
        connectAround(s);
        scheduleCull();
    }

    // ---- pieces of a card or link

    private void refreshTiers(Server top) {
        if (nodes.isEmpty()) return;
        for (Server s : topology.subtree(top)) refreshCard(s);
    }

    /** Shows on the card of {@code s}, if it exists, what {@link CardFace} decides from the plan, findings and collapsing. */
    private void refreshCard(Server s) {
        ServerNode n = nodes.get(s);
        if (n == null) return;
        Collapse.Below below = collapse.below(s);
        n.show(CardFace.of(s, topology.hierarchy().tierOrNull(s), document.findings().worst(s.id()), below.count(), below.worst()));
    }

    private void showLink(Server s, EdgeView e) {
        if (e != null) e.show(s, topology.upstreamOf(s));
    }

    void refreshSeverity(String id) {
        Server s = topology.server(id);
        if (s != null) refreshCard(s);
    }

    /** Re-draws the link into {@code s} and the links out of it, after {@code s} moved. */
    private void connectAround(Server s) {
        connect(s);
        for (Server d : topology.downstreams(s)) connect(d);
    }

    private void connect(Server s) {
        EdgeView e = edges.get(s);
        if (e == null) return;
        double[] line = ends.of(s);
        if (line != null) e.connect(drawn.route(s, line, other -> other != s && !collapse.isHidden(other)));
    }

    private void removeEdge(Server s) {
        EdgeView e = edges.remove(s);
        if (e != null) {
            edgeLayer.getChildren().remove(e.path());
            labelLayer.getChildren().remove(e.label());
        }
    }

    /** The drawn link into {@code s}, or null while it is culled or has none. */
    EdgeView edgeInto(Server s) { return edges.get(s); }

    // ---- collapsing

    void setCollapsed(Server s, boolean collapsed) {
        if (collapse.set(s, collapsed)) {
            refreshCollapse();
            cull();
        }
    }

    void expandAbove(Server s) {
        if (collapse.expandAbove(s) | summary.openAround(s)) {
            refreshCollapse();
            cull();
        }
    }

    /** Opens or folds the group below {@code upstream} by hand. */
    void setGroupOpen(Server upstream, boolean open) {
        if (summary.setOpen(upstream, open)) cull();
    }

    private void refreshCollapse() {
        summary.invalidate();
        if (collapse.refresh()) for (Server s : new ArrayList<>(nodes.keySet())) refreshCard(s);
    }

    /** A collapsed card shows the worst finding below it, so a change to a hidden server's findings updates it. */
    private void findingsChanged(Collection<String> ids) {
        ids.forEach(this::refreshSeverity);
        summary.refaceAll();
        scheduleCull();
        if (collapse.hidesAnyOf(ids)) refreshCollapse();
    }

    /** Level of detail for the zoom factor; only the cards in view exist, so this stays cheap on big plans. */
    LevelOfDetail detail() { return detail; }

    /** Before the visible area follows the zoom (so a cull then draws this zoom's level). */
    void showDetailFor(double zoom) {
        if (detail.show(zoom, world, labelLayer, mu)) for (ServerNode n : nodes.values()) n.showTexts(detail);
    }

    // ---- drag feedback: move cards without touching the model

    void previewMove(Server s, double x, double y) {
        drawn.preview(s, new Position(x, y));
        ServerNode n = nodes.get(s);
        if (n != null) n.moveCentreTo(x, y);
        connectAround(s);
    }

    /** Puts a card back where the model says (a refused drag). */
    void snapBack(Server s) {
        if (!drawn.contains(s)) return;
        Position p = positionOf(s);
        previewMove(s, p.x(), p.y());
    }

    /** The card under the point, ignoring {@code except}. */
    ServerNode nodeAt(double x, double y, Set<Server> except) {
        for (ServerNode n : nodes.values()) {
            if (n.covers(x, y) && !except.contains(n.server())) return n;
        }
        return null;
    }

    void updateWorldSize() {
        double[] area = drawn.extend(mu.area(), s -> true, "all");
        world.setPrefSize(area[2] + TreeLayout.MARGIN, area[3] + TreeLayout.MARGIN);
    }

    /** What the cards and Microsoft Update cover, without margins: {minX, minY, maxX, maxY}. */
    double[] drawnArea() { return drawn.extend(mu.area(), s -> !collapse.isHidden(s), collapse.generation()); }

    double contentWidth() { return world.getPrefWidth(); }
    double contentHeight() { return world.getPrefHeight(); }
}
