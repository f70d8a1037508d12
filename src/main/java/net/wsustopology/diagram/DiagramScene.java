package net.wsustopology.diagram;

import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;

import java.awt.geom.Rectangle2D;
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
import net.wsustopology.model.Hierarchy;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;

/**
 * A whole picture of a plan, resolved once from plan + layout + findings: a {@link Card} for each
 * server (where it is and what its {@link CardFace} shows), the Microsoft Update node and a
 * {@link Link} for each upstream link. A server's position comes from the model when it has one,
 * else from the layout. The exports draw it; the canvas builds the same faces card by card.
 */
public final class DiagramScene {
    /** {@code missingUpstream}: the id a server syncs from that names no server in the plan ("" when none is set), else null. */
    public record Card(Server server, double x, double y, CardFace face, Integer tier, String missingUpstream) {
        public CardKind kind() { return face.kind(); }
        public Severity worst() { return face.worst(); }
        public Rectangle2D bounds() { return nodeBox(x, y); }

        /** The card plus, for a missing upstream, the stub drawn above it. */
        public Rectangle2D areaWithStub() {
            Rectangle2D r = bounds();
            if (missingUpstream != null) r.add(new Rectangle2D.Double(x - NODE_WIDTH / 2, y - NODE_HEIGHT / 2 - MISSING_STUB - 12, 1, 1));
            return r;
        }
    }

    /** A link from {@code upstream} (null: Microsoft Update) to {@code downstream}. */
    public record Link(Card upstream, Card downstream, LinkFace face) {
        public String label() { return face.label(); }
        public boolean ssl() { return face.ssl(); }
        public boolean replica() { return face.replica(); }
    }

    /** The Microsoft Update node: a pill of this size, narrower and lower than a card. */
    public static final double MU_WIDTH = 170;
    public static final double MU_HEIGHT = 36;
    /** How far above the highest root Microsoft Update goes when the plan places its servers itself. */
    private static final double MU_ABOVE_ROOTS = TreeLayout.V_GAP + NODE_HEIGHT;

    /** Length of the dashed stub drawn above a server whose upstream is missing. */
    public static final double MISSING_STUB = 34;

    private final Topology topology;
    private final List<Card> nodes;
    private final List<Link> edges;
    private final Position microsoftUpdate;
    /** Routes of the links from Microsoft Update, which look at every card: worked out once. */
    private final Map<Link, LinkRoute> rootRoutes = new IdentityHashMap<>();
    private final Rectangle2D bounds;
    private final DriftPicture drift;

    private DiagramScene(Topology topology, List<Card> nodes, List<Link> edges, Position microsoftUpdate, Rectangle2D bounds,
                         DriftPicture drift) {
        this.topology = topology;
        this.nodes = nodes;
        this.edges = edges;
        this.microsoftUpdate = microsoftUpdate;
        this.bounds = bounds;
        this.drift = drift;
    }

    /**
     * This scene compared with what is deployed: the cards carry {@code drift}'s marks, its
     * deployed-only servers get cards of their own, and its actual links are drawn.
     */
    public DiagramScene withDrift(DriftPicture drift) {
        List<Card> cards = new ArrayList<>(nodes);
        Rectangle2D box = (Rectangle2D) bounds.clone();
        for (DriftPicture.Placed p : drift.deployedOnly()) {
            Card card = new Card(p.server(), p.at().x(), p.at().y(), p.face(), null, null);
            cards.add(card);
            box.add(grow(card.bounds()));
        }
        return new DiagramScene(topology, cards, edges, microsoftUpdate, box, drift);
    }

    /** What a comparison adds to this scene, or null when it shows the plan alone. */
    public DriftPicture drift() { return drift; }

    public static DiagramScene of(Topology topology, LayoutResult layout, List<Finding> findings) {
        return of(topology, layout, worstByServer(findings));
    }

    public static DiagramScene of(Topology topology, LayoutResult layout, Map<String, Severity> worst) {
        return of(topology, layout, worst, null);
    }

    /**
     * As {@link #of(Topology, LayoutResult, Map)} with the tiers of the same servers (by id) in
     * {@code whole} (for a part of a plan copied into a topology of its own, where the tiers of
     * the whole plan still apply); {@code whole} null means the topology's own tiers.
     */
    public static DiagramScene of(Topology topology, LayoutResult layout, Map<String, Severity> worst, Topology whole) {
        Hierarchy hierarchy = (whole == null ? topology : whole).hierarchy();
        Map<Server, Card> byServer = new IdentityHashMap<>(topology.size() * 2);
        List<Card> nodes = new ArrayList<>(topology.size());
        for (Server s : topology.servers()) {
            Position p = s.getPosition() != null ? s.getPosition() : layout.positions().get(s.id());
            if (p == null) continue;
            Integer tier = hierarchy.tierOrNull(whole == null ? s : whole.server(s.id()));
            boolean dangling = s.isSyncFromUpstream() && topology.upstreamOf(s) == null && tier == null;
            String missing = dangling ? (s.getUpstreamId() == null ? "" : s.getUpstreamId()) : null;
            Card node = new Card(s, p.x(), p.y(), CardFace.of(s, tier, worst.get(s.id())), tier, missing);
            nodes.add(node);
            byServer.put(s, node);
        }
        List<Link> edges = new ArrayList<>(nodes.size());
        for (Card node : nodes) {
            Server s = node.server();
            if (!s.isSyncFromUpstream()) {
                edges.add(new Link(null, node, LinkFace.FROM_MICROSOFT_UPDATE));
                continue;
            }
            Server up = topology.upstreamOf(s);
            Card upNode = up == null ? null : byServer.get(up);
            if (upNode != null) edges.add(new Link(upNode, node, LinkFace.of(s, up)));
        }
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, layout.width(), layout.height());
        for (Card n : nodes) bounds.add(grow(n.areaWithStub()));
        Position mu = anyPlaced(topology) ? microsoftUpdateAbove(rootPositions(nodes)) : layout.microsoftUpdate();
        bounds.add(grow(microsoftUpdateBox(mu)));
        return new DiagramScene(topology, nodes, edges, mu, bounds, null);
    }

    /** The part of this scene showing {@code servers} and the links among them (and from Microsoft Update if {@code withMicrosoftUpdate}). */
    public DiagramScene subset(Collection<Server> servers, boolean withMicrosoftUpdate) {
        Set<Server> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(servers);
        List<Card> kept = new ArrayList<>();
        Rectangle2D box = null;
        for (Card n : nodes) {
            if (!keep.contains(n.server())) continue;
            kept.add(n);
            if (box == null) box = grow(n.areaWithStub()); else box.add(grow(n.areaWithStub()));
        }
        List<Link> keptEdges = new ArrayList<>();
        for (Link e : edges) {
            boolean fromKept = e.upstream() == null ? withMicrosoftUpdate : keep.contains(e.upstream().server());
            if (fromKept && keep.contains(e.downstream().server())) keptEdges.add(e);
        }
        Position mu = withMicrosoftUpdate ? microsoftUpdate : null;
        if (mu != null) {
            if (box == null) box = grow(microsoftUpdateBox(mu)); else box.add(grow(microsoftUpdateBox(mu)));
        }
        if (box == null) box = new Rectangle2D.Double(0, 0, NODE_WIDTH, NODE_HEIGHT);
        return new DiagramScene(topology, kept, keptEdges, mu, box, drift);
    }

    public Topology topology() { return topology; }
    public List<Card> cards() { return nodes; }
    public List<Link> links() { return edges; }
    /** Centre of the Microsoft Update node, or null when this scene does not show it. */
    public Position microsoftUpdate() { return microsoftUpdate; }
    /** The area to draw, in diagram units, margins included. */
    public Rectangle2D bounds() { return bounds; }

    /** Where a link of this scene runs (a link from Microsoft Update around every card in its way). */
    public LinkRoute route(Link link) {
        if (link.upstream() != null) return LinkRoute.of(link, microsoftUpdate, List.of());
        return rootRoutes.computeIfAbsent(link, l -> LinkRoute.of(l, microsoftUpdate, cardBoxes()));
    }

    private List<Rectangle2D> cardBoxes() {
        List<Rectangle2D> boxes = new ArrayList<>(nodes.size());
        for (Card c : nodes) boxes.add(c.bounds());
        return boxes;
    }

    public Card card(String serverId) {
        for (Card n : nodes) if (n.server().id().equals(serverId)) return n;
        return null;
    }

    /** The worst severity of each flagged server. */
    public static Map<String, Severity> worstByServer(List<Finding> findings) {
        Map<String, Severity> worst = new HashMap<>();
        if (findings == null) return worst;
        for (Finding f : findings) worst.merge(f.serverId(), f.severity(), Severity::worst);
        return worst;
    }

    public static Rectangle2D nodeBox(double cx, double cy) {
        return new Rectangle2D.Double(cx - NODE_WIDTH / 2, cy - NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT);
    }

    public static Rectangle2D microsoftUpdateBox(Position centre) {
        return new Rectangle2D.Double(centre.x() - MU_WIDTH / 2, centre.y() - MU_HEIGHT / 2, MU_WIDTH, MU_HEIGHT);
    }

    /**
     * Where Microsoft Update goes over cards placed by the plan (the canvas and the exports alike):
     * centred over the roots, above the highest, never above the top edge.
     */
    public static Position microsoftUpdateAbove(List<Position> roots) {
        if (roots.isEmpty()) return new Position(TreeLayout.MARGIN + NODE_WIDTH / 2, TreeLayout.MARGIN);
        double sumX = 0;
        double top = Double.MAX_VALUE;
        for (Position p : roots) {
            sumX += p.x();
            top = Math.min(top, p.y());
        }
        return new Position(sumX / roots.size(), Math.max(MU_HEIGHT / 2 + 8, top - MU_ABOVE_ROOTS));
    }

    private static boolean anyPlaced(Topology topology) {
        for (Server s : topology.servers()) if (s.getPosition() != null) return true;
        return false;
    }

    private static List<Position> rootPositions(List<Card> cards) {
        List<Position> roots = new ArrayList<>();
        for (Card c : cards) if (!c.server().isSyncFromUpstream()) roots.add(new Position(c.x(), c.y()));
        return roots;
    }

    private static Rectangle2D grow(Rectangle2D r) {
        double m = TreeLayout.MARGIN;
        return new Rectangle2D.Double(r.getX() - m, r.getY() - m, r.getWidth() + 2 * m, r.getHeight() + 2 * m);
    }
}
