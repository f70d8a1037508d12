package net.wsustopology.export;

import net.wsustopology.diagram.DiagramScene;
import static net.wsustopology.layout.TreeLayout.H_GAP;
import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.wsustopology.diagram.DiagramScene.Link;
import net.wsustopology.diagram.DiagramScene.Card;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * The links of one upstream with many downstreams, routed as a comb instead of a fan of
 * diagonals: a stem down from the upstream, a bus over each row of downstreams, a spine left of
 * the rows joining the buses, and a short drop into each downstream.
 */
final class EdgeBundle {
    /** From this many downstreams on (or when they sit in several rows), links are bundled. */
    static final int MIN_EDGES = 8;
    /** How far above a downstream row its bus runs. */
    static final double BUS_ABOVE = 28;

    private final double stemX;
    private final double stemTop;
    private final double spineX;
    private final TreeMap<Double, List<Link>> rows;
    private final List<Link> edges;

    private EdgeBundle(double stemX, double stemTop, double spineX, TreeMap<Double, List<Link>> rows, List<Link> edges) {
        this.stemX = stemX;
        this.stemTop = stemTop;
        this.spineX = spineX;
        this.rows = rows;
        this.edges = edges;
    }

    /** Splits the scene's links into bundles and the links drawn one by one ({@code single}). */
    static List<EdgeBundle> bundle(DiagramScene scene, List<Link> single) {
        Map<Object, List<Link>> byUpstream = new LinkedHashMap<>();
        Map<Card, Object> keys = new IdentityHashMap<>();
        Object microsoftUpdateKey = new Object();
        for (Link e : scene.links()) {
            Object key = e.upstream() == null ? microsoftUpdateKey : keys.computeIfAbsent(e.upstream(), n -> n);
            byUpstream.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        Map<Server, Card> nodeOf = new IdentityHashMap<>();
        for (Card n : scene.cards()) nodeOf.put(n.server(), n);
        List<EdgeBundle> bundles = new ArrayList<>();
        for (List<Link> group : byUpstream.values()) {
            Position from = from(group.get(0), scene.microsoftUpdate());
            EdgeBundle bundle = from == null ? null : of(from, group, scene.topology(), nodeOf);
            if (bundle != null) bundles.add(bundle); else single.addAll(group);
        }
        return bundles;
    }

    /** A bundle for many links, or for links to several rows (straight lines would cross the upper rows). */
    private static EdgeBundle of(Position from, List<Link> group, Topology topology, Map<Server, Card> nodeOf) {
        TreeMap<Double, List<Link>> rows = new TreeMap<>();
        for (Link e : group) {
            Card d = e.downstream();
            if (d.y() - NODE_HEIGHT / 2 - BUS_ABOVE <= from.y() + NODE_HEIGHT / 2) return null;
            rows.computeIfAbsent(d.y(), y -> new ArrayList<>()).add(e);
        }
        if (group.size() < MIN_EDGES && rows.size() == 1) return null;
        double spineX = rows.size() == 1 ? from.x() : leftOfSubtrees(group, topology, nodeOf) - NODE_WIDTH / 2 - H_GAP / 2;
        return new EdgeBundle(from.x(), from.y() + NODE_HEIGHT / 2, spineX, rows, group);
    }

    /** The smallest centre x of the downstreams and everything under them: the spine runs left of it all. */
    private static double leftOfSubtrees(List<Link> group, Topology topology, Map<Server, Card> nodeOf) {
        double min = Double.MAX_VALUE;
        Set<Server> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Server> queue = new ArrayDeque<>();
        for (Link e : group) if (seen.add(e.downstream().server())) queue.add(e.downstream().server());
        while (!queue.isEmpty()) {
            Server s = queue.poll();
            Card n = nodeOf.get(s);
            if (n != null) min = Math.min(min, n.x());
            for (Server d : topology.downstreams(s)) if (seen.add(d)) queue.add(d);
        }
        return min;
    }

    private static Position from(Link e, Position microsoftUpdate) {
        return e.upstream() == null ? microsoftUpdate : new Position(e.upstream().x(), e.upstream().y());
    }

    List<Link> edges() { return edges; }

    double busY(double rowY) { return rowY - NODE_HEIGHT / 2 - BUS_ABOVE; }

    /** The shared lines: stem, spine and one bus per row. */
    List<Line2D> trunk() {
        List<Line2D> lines = new ArrayList<>();
        double firstBus = busY(rows.firstKey());
        double lastBus = busY(rows.lastKey());
        lines.add(new Line2D.Double(stemX, stemTop, stemX, firstBus));
        if (rows.size() > 1) lines.add(new Line2D.Double(spineX, firstBus, spineX, lastBus));
        boolean first = true;
        for (Map.Entry<Double, List<Link>> row : rows.entrySet()) {
            double left = first ? Math.min(stemX, spineX) : spineX;
            double right = first ? stemX : spineX;
            for (Link e : row.getValue()) {
                left = Math.min(left, e.downstream().x());
                right = Math.max(right, e.downstream().x());
            }
            double y = busY(row.getKey());
            lines.add(new Line2D.Double(left, y, right, y));
            first = false;
        }
        return lines;
    }

    /** The drop from a row's bus into one downstream. */
    Line2D drop(Link e) {
        Card d = e.downstream();
        return new Line2D.Double(d.x(), busY(d.y()), d.x(), d.y() - NODE_HEIGHT / 2);
    }

    Rectangle2D area() {
        Rectangle2D r = new Rectangle2D.Double(Math.min(stemX, spineX), stemTop, 0, 0);
        for (Link e : edges) r.add(e.downstream().bounds());
        return r;
    }
}
