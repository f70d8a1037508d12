package net.wsustopology.export;

import static net.wsustopology.layout.TreeLayout.H_GAP;
import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.wsustopology.export.DiagramScene.Edge;
import net.wsustopology.export.DiagramScene.Node;
import net.wsustopology.model.Position;

/**
 * The links of one upstream with many downstreams, routed as a comb instead of a fan of
 * diagonals: a stem down from the upstream, a bus over each row of downstreams, a spine left of
 * the rows joining the buses, and a short drop into each downstream.
 */
final class EdgeBundle {
    /** From this many downstreams on, links are bundled. */
    static final int MIN_EDGES = 8;
    /** How far above a downstream row its bus runs. */
    static final double BUS_ABOVE = 28;

    private final double stemX;
    private final double stemTop;
    private final double spineX;
    private final TreeMap<Double, List<Edge>> rows;
    private final List<Edge> edges;

    private EdgeBundle(double stemX, double stemTop, double spineX, TreeMap<Double, List<Edge>> rows, List<Edge> edges) {
        this.stemX = stemX;
        this.stemTop = stemTop;
        this.spineX = spineX;
        this.rows = rows;
        this.edges = edges;
    }

    /** Splits the scene's links into bundles and the links drawn one by one ({@code single}). */
    static List<EdgeBundle> bundle(DiagramScene scene, List<Edge> single) {
        Map<Object, List<Edge>> byUpstream = new LinkedHashMap<>();
        Map<Node, Object> keys = new IdentityHashMap<>();
        Object microsoftUpdateKey = new Object();
        for (Edge e : scene.edges()) {
            Object key = e.upstream() == null ? microsoftUpdateKey : keys.computeIfAbsent(e.upstream(), n -> n);
            byUpstream.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<EdgeBundle> bundles = new ArrayList<>();
        for (List<Edge> group : byUpstream.values()) {
            Position from = from(group.get(0), scene.microsoftUpdate());
            EdgeBundle bundle = from == null ? null : of(from, group);
            if (bundle != null) bundles.add(bundle); else single.addAll(group);
        }
        return bundles;
    }

    private static EdgeBundle of(Position from, List<Edge> group) {
        if (group.size() < MIN_EDGES) return null;
        TreeMap<Double, List<Edge>> rows = new TreeMap<>();
        double minX = Double.MAX_VALUE;
        for (Edge e : group) {
            Node d = e.downstream();
            if (d.y() - NODE_HEIGHT / 2 - BUS_ABOVE <= from.y() + NODE_HEIGHT / 2) return null;
            rows.computeIfAbsent(d.y(), y -> new ArrayList<>()).add(e);
            minX = Math.min(minX, d.x());
        }
        double spineX = Math.min(minX - NODE_WIDTH / 2 - H_GAP / 2, from.x());
        return new EdgeBundle(from.x(), from.y() + NODE_HEIGHT / 2, spineX, rows, group);
    }

    private static Position from(Edge e, Position microsoftUpdate) {
        return e.upstream() == null ? microsoftUpdate : new Position(e.upstream().x(), e.upstream().y());
    }

    List<Edge> edges() { return edges; }

    double busY(double rowY) { return rowY - NODE_HEIGHT / 2 - BUS_ABOVE; }

    /** The shared lines: stem, spine and one bus per row. */
    List<Line2D> trunk() {
        List<Line2D> lines = new ArrayList<>();
        double firstBus = busY(rows.firstKey());
        double lastBus = busY(rows.lastKey());
        lines.add(new Line2D.Double(stemX, stemTop, stemX, firstBus));
        if (rows.size() > 1) lines.add(new Line2D.Double(spineX, firstBus, spineX, lastBus));
        boolean first = true;
        for (Map.Entry<Double, List<Edge>> row : rows.entrySet()) {
            double left = first ? Math.min(stemX, spineX) : spineX;
            double right = first ? stemX : spineX;
            for (Edge e : row.getValue()) {
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
    Line2D drop(Edge e) {
        Node d = e.downstream();
        return new Line2D.Double(d.x(), busY(d.y()), d.x(), d.y() - NODE_HEIGHT / 2);
    }

    Rectangle2D area() {
        Rectangle2D r = new Rectangle2D.Double(Math.min(stemX, spineX), stemTop, 0, 0);
        for (Edge e : edges) r.add(e.downstream().bounds());
        return r;
    }
}
