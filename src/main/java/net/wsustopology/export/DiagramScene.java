package net.wsustopology.export;

import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;

import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;

/**
 * What a diagram shows, resolved once from the model: each server's node (centre, role, tier,
 * worst finding), the Microsoft Update node and the upstream links. A server's position comes
 * from the model when it has one, else from the layout.
 */
public final class DiagramScene {
    /** How a node is drawn. */
    public enum Role { ROOT, AUTONOMOUS, REPLICA }

    /** {@code missingUpstream}: the id a server syncs from that names no server in the plan, else null. */
    public record Node(Server server, double x, double y, Role role, Integer tier, Severity worst, String missingUpstream) {
        public Rectangle2D bounds() { return new Rectangle2D.Double(x - NODE_WIDTH / 2, y - NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT); }
        public String tierLabel() { return tier == null ? "no tier" : "Tier " + tier; }

        /** The node plus, for a missing upstream, the stub drawn above it. */
        Rectangle2D areaWithStub() {
            Rectangle2D r = bounds();
            if (missingUpstream != null) r.add(new Rectangle2D.Double(x - NODE_WIDTH / 2, y - NODE_HEIGHT / 2 - MISSING_STUB - 12, 1, 1));
            return r;
        }
    }

    /** A link from {@code upstream} (null: Microsoft Update) to {@code downstream}. */
    public record Edge(Node upstream, Node downstream, String label, boolean ssl, boolean replica) {
        /** How far right of its nodes a link that cannot run downwards curves. */
        public static final double BACK_BULGE = 60;

        /** True when the downstream is not below the upstream (a loop, or positions placed by hand). */
        public boolean runsBack() {
            return upstream != null && downstream.y() - NODE_HEIGHT / 2 < upstream.y() + NODE_HEIGHT / 2 + 8;
        }

        /** The area right of the nodes that the curve of a back link and its label take. */
        Rectangle2D backArea() {
            double right = Math.max(upstream.x(), downstream.x()) + NODE_WIDTH / 2 + BACK_BULGE + 40;
            return new Rectangle2D.Double(right - 1, Math.min(upstream.y(), downstream.y()), 1, 1);
        }
    }

    /** Length of the dashed stub drawn above a server whose upstream is missing. */
    static final double MISSING_STUB = 34;

    private final Topology topology;
    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Position microsoftUpdate;
    private final Rectangle2D bounds;

    private DiagramScene(Topology topology, List<Node> nodes, List<Edge> edges, Position microsoftUpdate, Rectangle2D bounds) {
        this.topology = topology;
        this.nodes = nodes;
        this.edges = edges;
        this.microsoftUpdate = microsoftUpdate;
        this.bounds = bounds;
    }

    public static DiagramScene of(Topology topology, LayoutResult layout, List<Finding> findings) {
        return of(topology, layout, worstByServer(findings));
    }

    public static DiagramScene of(Topology topology, LayoutResult layout, Map<String, Severity> worst) {
        return of(topology, layout, worst, null);
    }

    /**
     * As {@link #of(Topology, LayoutResult, Map)} with the tiers given by server id (for a part of
     * a plan copied into a topology of its own, where the tiers of the whole plan still apply).
     */
    public static DiagramScene of(Topology topology, LayoutResult layout, Map<String, Severity> worst, Map<String, Integer> tierById) {
        Map<Server, Integer> tiers = tiers(topology);
        if (tierById != null) {
            tiers.clear();
            for (Server s : topology.servers()) if (tierById.get(s.id()) != null) tiers.put(s, tierById.get(s.id()));
        }
        Map<Server, Node> byServer = new IdentityHashMap<>(topology.size() * 2);
        List<Node> nodes = new ArrayList<>(topology.size());
        for (Server s : topology.servers()) {
            Position p = s.getPosition() != null ? s.getPosition() : layout.positions().get(s.id());
            if (p == null) continue;
            boolean dangling = s.isSyncFromUpstream() && topology.upstreamOf(s) == null && tiers.get(s) == null;
            String missing = dangling ? (s.getUpstreamId() == null ? "" : s.getUpstreamId()) : null;
            Node node = new Node(s, p.x(), p.y(), roleOf(s), tiers.get(s), worst.get(s.id()), missing);
            nodes.add(node);
            byServer.put(s, node);
        }
        List<Edge> edges = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            Server s = node.server();
            if (!s.isSyncFromUpstream()) {
                edges.add(new Edge(null, node, "", false, false));
                continue;
            }
            Server up = topology.upstreamOf(s);
            Node upNode = up == null ? null : byServer.get(up);
            if (upNode != null) edges.add(new Edge(upNode, node, portLabel(s, up), s.isUseSsl(), s.isReplica()));
        }
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, layout.width(), layout.height());
        for (Node n : nodes) bounds.add(grow(n.areaWithStub()));
        for (Edge e : edges) if (e.runsBack()) bounds.add(e.backArea());
        Position mu = layout.microsoftUpdate();
        bounds.add(grow(nodeBox(mu.x(), mu.y())));
        return new DiagramScene(topology, nodes, edges, mu, bounds);
    }

    /** The part of this scene showing {@code servers} and the links among them (and from Microsoft Update if {@code withMicrosoftUpdate}). */
    public DiagramScene subset(Collection<Server> servers, boolean withMicrosoftUpdate) {
        Set<Server> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(servers);
        List<Node> kept = new ArrayList<>();
        Rectangle2D box = null;
        for (Node n : nodes) {
            if (!keep.contains(n.server())) continue;
            kept.add(n);
            if (box == null) box = grow(n.areaWithStub()); else box.add(grow(n.areaWithStub()));
        }
        List<Edge> keptEdges = new ArrayList<>();
        for (Edge e : edges) {
            boolean fromKept = e.upstream() == null ? withMicrosoftUpdate : keep.contains(e.upstream().server());
            if (fromKept && keep.contains(e.downstream().server())) {
                keptEdges.add(e);
                if (e.runsBack() && box != null) box.add(e.backArea());
            }
        }
        Position mu = withMicrosoftUpdate ? microsoftUpdate : null;
        if (mu != null) {
            if (box == null) box = grow(nodeBox(mu.x(), mu.y())); else box.add(grow(nodeBox(mu.x(), mu.y())));
        }
        if (box == null) box = new Rectangle2D.Double(0, 0, NODE_WIDTH, NODE_HEIGHT);
        return new DiagramScene(topology, kept, keptEdges, mu, box);
    }

    public Topology topology() { return topology; }
    public List<Node> nodes() { return nodes; }
    public List<Edge> edges() { return edges; }
    /** Centre of the Microsoft Update node, or null when this scene does not show it. */
    public Position microsoftUpdate() { return microsoftUpdate; }
    /** The area to draw, in diagram units, margins included. */
    public Rectangle2D bounds() { return bounds; }

    public Node node(String serverId) {
        for (Node n : nodes) if (n.server().id().equals(serverId)) return n;
        return null;
    }

    /** The worst severity of each flagged server. */
    public static Map<String, Severity> worstByServer(List<Finding> findings) {
        Map<String, Severity> worst = new HashMap<>();
        if (findings == null) return worst;
        for (Finding f : findings) worst.merge(f.serverId(), f.severity(), Severity::worst);
        return worst;
    }

    static Role roleOf(Server s) {
        if (!s.isSyncFromUpstream()) return Role.ROOT;
        return s.isReplica() ? Role.REPLICA : Role.AUTONOMOUS;
    }

    /** The port a downstream connects to: its own setting, else the upstream's listening port (SPEC). */
    public static int sourcePort(Server downstream, Server upstream) {
        Integer port = downstream.getSourcePort();
        if (port != null) return port;
        return upstream == null ? downstream.listeningPort(downstream.isUseSsl()) : upstream.listeningPort(downstream.isUseSsl());
    }

    private static String portLabel(Server s, Server up) {
        return sourcePort(s, up) + (s.isUseSsl() ? " SSL" : "");
    }

    /** Tier of every server that has one, by id. */
    public static Map<String, Integer> tiersById(Topology topology) {
        Map<String, Integer> byId = new HashMap<>();
        tiers(topology).forEach((s, tier) -> byId.put(s.id(), tier));
        return byId;
    }

    /** Tier of every server reachable from a root, breadth first. */
    static Map<Server, Integer> tiers(Topology topology) {
        Map<Server, Integer> tiers = new IdentityHashMap<>(topology.size() * 2);
        ArrayDeque<Server> queue = new ArrayDeque<>(topology.roots());
        for (Server r : queue) tiers.put(r, 1);
        while (!queue.isEmpty()) {
            Server s = queue.poll();
            int next = tiers.get(s) + 1;
            for (Server d : topology.downstreams(s)) {
                if (tiers.putIfAbsent(d, next) == null) queue.add(d);
            }
        }
        return tiers;
    }

    static Rectangle2D nodeBox(double cx, double cy) {
        return new Rectangle2D.Double(cx - NODE_WIDTH / 2, cy - NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT);
    }

    private static Rectangle2D grow(Rectangle2D r) {
        double m = TreeLayout.MARGIN;
        return new Rectangle2D.Double(r.getX() - m, r.getY() - m, r.getWidth() + 2 * m, r.getHeight() + 2 * m);
    }
}
