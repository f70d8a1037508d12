package net.wsustopology.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import net.wsustopology.document.Document;
import net.wsustopology.document.Selection;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.model.TopologyListener;

/**
 * Keeps one card per server and one edge per upstream link (plus Microsoft Update over the
 * roots) in step with the plan. Each model event touches only the cards and edges it affects;
 * the graph is built once and never rebuilt.
 */
final class TopologyView implements TopologyListener {
    private static final double MU_GAP = TreeLayout.V_GAP + ServerNode.HEIGHT;

    private final Document document;
    private final Topology topology;
    private final Pane world = new Pane();
    private final Group edgeLayer = new Group();
    private final Group labelLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group overlay = new Group();
    private final MicrosoftUpdateNode mu = new MicrosoftUpdateNode();
    private final Map<Server, ServerNode> nodes = new HashMap<>();
    private final Map<Server, EdgeView> edges = new HashMap<>();
    private final Set<Server> shownSelected = new HashSet<>();
    private final Collapse collapse;
    private Map<String, Position> fallback = Map.of();

    TopologyView(Document document) {
        this.document = document;
        this.topology = document.topology();
        this.collapse = new Collapse(topology);
        world.getStyleClass().add("canvas-world");
        world.getChildren().addAll(edgeLayer, labelLayer, nodeLayer, overlay);
        for (Group layer : new Group[] {edgeLayer, labelLayer, nodeLayer, overlay}) layer.setManaged(false);
        nodeLayer.getChildren().add(mu);
        build();
        topology.addListener(this);
        document.findings().addListener(ids -> ids.forEach(this::refreshSeverity));
        document.selection().addListener(this::showSelection);
    }

    Pane world() { return world; }
    Group overlay() { return overlay; }
    Document document() { return document; }
    ServerNode node(Server s) { return nodes.get(s); }
    Collection<ServerNode> nodes() { return nodes.values(); }
    MicrosoftUpdateNode microsoftUpdate() { return mu; }
    Collapse collapse() { return collapse; }

    private void build() {
        LayoutResult layout = new TreeLayout().layout(topology);
        fallback = layout.positions();
        List<Node> cards = new ArrayList<>();
        for (Server s : topology.servers()) {
            ServerNode n = new ServerNode(s);
            nodes.put(s, n);
            cards.add(n);
            place(n);
            refreshRole(s);
            refreshTier(s);
            refreshSeverity(s.id());
        }
        nodeLayer.getChildren().addAll(cards);
        placeMicrosoftUpdate(anyPositioned() ? null : layout.microsoftUpdate());
        for (Server s : topology.servers()) refreshEdge(s);
        showSelection(document.selection());
        updateWorldSize();
    }

    private boolean anyPositioned() {
        for (Server s : topology.servers()) if (s.getPosition() != null) return true;
        return false;
    }

    /** Puts Microsoft Update at {@code where}, or centred above the roots when null. */
    void placeMicrosoftUpdate(Position where) {
        if (where == null) {
            double sumX = 0, minY = Double.MAX_VALUE;
            List<Server> roots = topology.roots();
            for (Server r : roots) {
                Position p = positionOf(r);
                sumX += p.x();
                minY = Math.min(minY, p.y());
            }
            where = roots.isEmpty() ? new Position(TreeLayout.MARGIN + ServerNode.WIDTH / 2, TreeLayout.MARGIN)
                    : new Position(sumX / roots.size(), Math.max(MicrosoftUpdateNode.HEIGHT / 2 + 8, minY - MU_GAP));
        }
        mu.moveCentreTo(where.x(), where.y());
        for (Server r : topology.roots()) refreshEdge(r);
    }

    /** Where the server is drawn: its saved position, else where the tidy layout would put it. */
    Position positionOf(Server s) {
        if (s.getPosition() != null) return s.getPosition();
        Position p = fallback.get(s.id());
        if (p == null) {
            fallback = new TreeLayout().layout(topology).positions();
            p = fallback.getOrDefault(s.id(), new Position(TreeLayout.MARGIN + ServerNode.WIDTH / 2, TreeLayout.MARGIN));
        }
        return p;
    }

    private void place(ServerNode n) {
        Position p = positionOf(n.server());
        n.moveCentreTo(p.x(), p.y());
    }

    // ---- model events

    @Override public void serverAdded(Server s) {
        ServerNode n = new ServerNode(s);
        nodes.put(s, n);
        nodeLayer.getChildren().add(n);
        place(n);
        refreshRole(s);
        refreshSeverity(s.id());
        refreshEdge(s);
        for (Server d : topology.downstreamsOf(s.id())) refreshEdge(d);
        refreshTiers(s);
        refreshCollapse();
        updateWorldSize();
    }

    @Override public void serverRemoved(Server s) {
        ServerNode n = nodes.remove(s);
        if (n != null) nodeLayer.getChildren().remove(n);
        removeEdge(s);
        shownSelected.remove(s);
        collapse.forget(s);
        for (Server d : topology.downstreamsOf(s.id())) {
            refreshEdge(d);
            refreshTiers(d);
        }
        refreshCollapse();
    }

    @Override public void serverChanged(Server s, String property, Object oldValue, Object newValue) {
        ServerNode n = nodes.get(s);
        if (n == null) return;
        switch (property) {
            case Server.NAME, Server.SITE -> n.refreshTexts();
            case Server.POSITION -> {
                place(n);
                refreshEdgesAround(s);
                updateWorldSize();
            }
            case Server.UPSTREAM_ID, Server.SYNC_FROM_UPSTREAM -> {
                refreshRole(s);
                refreshEdge(s);
                refreshTiers(s);
                refreshCollapse();
            }
            case Server.REPLICA -> {
                refreshRole(s);
                refreshEdge(s);
            }
            case Server.USE_SSL, Server.SOURCE_PORT -> refreshEdge(s);
            default -> { }
        }
    }

    // ---- pieces

    private void refreshRole(Server s) {
        ServerNode n = nodes.get(s);
        n.setRole(roleClass(s));
        refreshTier(s);
    }

    static String roleClass(Server s) {
        if (s.isReplica()) return "role-replica";
        return s.isSyncFromUpstream() ? "role-autonomous" : "role-root";
    }

    private static String roleName(Server s) {
        if (s.isReplica()) return "replica";
        return s.isSyncFromUpstream() ? "autonomous" : "root";
    }

    private void refreshTiers(Server top) {
        for (Server s : topology.subtree(top)) refreshTier(s);
    }

    private void refreshTier(Server s) {
        ServerNode n = nodes.get(s);
        if (n == null) return;
        OptionalInt tier = topology.tier(s);
        n.setTierAndRole(tier.isPresent() ? "Tier " + tier.getAsInt() : "No tier", roleName(s));
    }

    void refreshSeverity(String id) {
        Server s = topology.server(id);
        ServerNode n = s == null ? null : nodes.get(s);
        if (n != null) n.setSeverity(document.findings().worst(id));
    }

    private void showSelection(Selection selection) {
        Set<Server> now = selection.servers();
        for (Server s : new ArrayList<>(shownSelected)) {
            if (!now.contains(s)) {
                shownSelected.remove(s);
                ServerNode n = nodes.get(s);
                if (n != null) n.setSelected(false);
            }
        }
        for (Server s : now) {
            ServerNode n = nodes.get(s);
            if (n != null && shownSelected.add(s)) n.setSelected(true);
        }
    }

    /** Re-draws the edge into {@code s} and the edges out of it, after {@code s} moved. */
    void refreshEdgesAround(Server s) {
        connect(s);
        for (Server d : topology.downstreams(s)) connect(d);
    }

    private void refreshEdge(Server s) {
        boolean fromMu = !s.isSyncFromUpstream();
        Server up = fromMu ? null : topology.upstreamOf(s);
        if (!fromMu && (up == null || up == s)) {
            removeEdge(s);
            return;
        }
        EdgeView e = edges.get(s);
        if (e == null) {
            e = new EdgeView();
            edges.put(s, e);
            edgeLayer.getChildren().add(e.path());
            labelLayer.getChildren().add(e.label());
        }
        e.setReplica(!fromMu && s.isReplica());
        e.setSsl(!fromMu && s.isUseSsl());
        e.setLabel(fromMu ? "" : edgeLabel(s));
        connect(s);
    }

    static String edgeLabel(Server s) {
        Integer port = s.getSourcePort();
        String text = port == null ? "" : String.valueOf(port);
        return s.isUseSsl() ? text + " SSL" : text;
    }

    private void connect(Server s) {
        EdgeView e = edges.get(s);
        ServerNode n = nodes.get(s);
        if (e == null || n == null) return;
        double x1, y1;
        boolean upVisible;
        if (s.isSyncFromUpstream()) {
            ServerNode up = nodes.get(topology.upstreamOf(s));
            if (up == null) return;
            x1 = up.centreX();
            y1 = up.centreY() + ServerNode.HEIGHT / 2;
            upVisible = up.isVisible();
        } else {
            x1 = mu.centreX();
            y1 = mu.centreY() + MicrosoftUpdateNode.HEIGHT / 2;
            upVisible = true;
        }
        e.connect(x1, y1, n.centreX(), n.centreY() - ServerNode.HEIGHT / 2);
        e.setVisible(upVisible && n.isVisible());
    }

    boolean hasVisibleEdge(Server s) {
        EdgeView e = edges.get(s);
        return e != null && e.path().isVisible();
    }

    private void removeEdge(Server s) {
        EdgeView e = edges.remove(s);
        if (e != null) {
            edgeLayer.getChildren().remove(e.path());
            labelLayer.getChildren().remove(e.label());
        }
    }

    // ---- collapsing

    void setCollapsed(Server s, boolean collapsed) {
        if (collapse.set(s, collapsed)) refreshCollapse();
    }

    void expandAbove(Server s) {
        if (collapse.expandAbove(s)) refreshCollapse();
    }

    private void refreshCollapse() {
        if (!collapse.isActive()) return;
        Map<Server, Integer> hiddenCounts = new HashMap<>();
        Set<Server> hidden = collapse.hiddenServers(hiddenCounts);
        for (Map.Entry<Server, ServerNode> e : nodes.entrySet()) {
            e.getValue().setVisible(!hidden.contains(e.getKey()));
            e.getValue().setHiddenCount(hiddenCounts.getOrDefault(e.getKey(), 0));
        }
        for (Server s : edges.keySet()) connect(s);
        collapse.settle();
    }

    // ---- drag feedback: move cards without touching the model

    void previewMove(Server s, double x, double y) {
        ServerNode n = nodes.get(s);
        n.moveCentreTo(x, y);
        refreshEdgesAround(s);
    }

    /** Puts a card back where the model says (a cancelled or refused drag). */
    void snapBack(Server s) {
        ServerNode n = nodes.get(s);
        if (n == null) return;
        place(n);
        refreshEdgesAround(s);
    }

    /** The visible card under the point, ignoring {@code except}. */
    ServerNode nodeAt(double x, double y, Set<Server> except) {
        for (ServerNode n : nodes.values()) {
            if (n.covers(x, y) && !except.contains(n.server())) return n;
        }
        return null;
    }

    void updateWorldSize() {
        double maxX = mu.centreX() + MicrosoftUpdateNode.WIDTH, maxY = mu.centreY() + MicrosoftUpdateNode.HEIGHT;
        for (ServerNode n : nodes.values()) {
            maxX = Math.max(maxX, n.centreX() + ServerNode.WIDTH);
            maxY = Math.max(maxY, n.centreY() + ServerNode.HEIGHT);
        }
        world.setPrefSize(maxX + TreeLayout.MARGIN, maxY + TreeLayout.MARGIN);
    }

    double contentWidth() { return world.getPrefWidth(); }
    double contentHeight() { return world.getPrefHeight(); }
}
