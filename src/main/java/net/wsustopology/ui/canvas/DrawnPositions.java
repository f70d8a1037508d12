package net.wsustopology.ui.canvas;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.diagram.LinkRoute;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Where each server's card centre is drawn: its saved position, else where the tidy layout for
 * the view's shape puts it; during a drag, where it is being dragged. Every server of the plan
 * has one, whether or not its card exists.
 */
final class DrawnPositions {
    private final Topology topology;
    private final Map<Server, Position> drawn = new HashMap<>();
    private Map<String, Position> fallback;
    /** The size of the view the fallback layout fills: width, height (a wide screen's until the canvas is shown). */
    private double[] viewSize = {1600, 900};

    /** What layers outside the plan cover (a comparison's cards and links), each {minX, minY, maxX, maxY} or null. */
    private final List<Supplier<double[]>> outside = new ArrayList<>();
    /** Counts changes of any drawn position, so the cards' extent is worked out again only after one. */
    private int version;
    private final Map<Object, double[]> extents = new HashMap<>();
    private int extentsVersion = -1;

    DrawnPositions(Topology topology, LayoutResult layout) {
        this.topology = topology;
        this.fallback = layout.positions();
        for (Server s : topology.servers()) drawn.put(s, modelPosition(s));
    }

    /** Where the card's centre is drawn now, or null for a server that is not in the plan. */
    Position of(Server s) { return drawn.get(s); }

    boolean contains(Server s) { return drawn.containsKey(s); }

    /** Changes whenever any drawn position changes. */
    int version() { return version; }

    /** Where the model puts the server: its saved position, else where the tidy layout would. */
    Position modelPosition(Server s) {
        if (s.getPosition() != null) return s.getPosition();
        Position p = fallback.get(s.id());
        if (p == null) {
            fallback = new TreeLayout().layoutForView(topology, viewSize[0], viewSize[1]).positions();
            p = fallback.getOrDefault(s.id(), new Position(TreeLayout.MARGIN + ServerNode.WIDTH / 2, TreeLayout.MARGIN));
        }
        return p;
    }

    /** Draws {@code s} where the model puts it, and returns that place. */
    Position settle(Server s) {
        version++;
        Position p = modelPosition(s);
        drawn.put(s, p);
        return p;
    }

    void preview(Server s, Position where) {
        version++;
        drawn.put(s, where);
    }

    void forget(Server s) {
        version++;
        drawn.remove(s);
    }

    boolean anyPositioned() {
        for (Server s : topology.servers()) if (s.getPosition() != null) return true;
        return false;
    }

    /**
     * Lays the servers without a saved position out afresh to fill a view of that size; returns
     * the layout when any of them moved, else null.
     */
    LayoutResult layOutUnplacedFor(double viewWidth, double viewHeight, List<Server> moved) {
        viewSize = new double[] {viewWidth, viewHeight};
        version++;
        LayoutResult layout = new TreeLayout().layoutForView(topology, viewWidth, viewHeight);
        fallback = layout.positions();
        for (Server s : topology.servers()) {
            if (s.getPosition() != null || !drawn.containsKey(s)) continue;
            drawn.put(s, fallback.get(s.id()));
            moved.add(s);
        }
        return moved.isEmpty() ? null : layout;
    }

    /**
     * The rectangle the shown cards cover, grown from {@code area} = {minX, minY, maxX, maxY}.
     * The cards' part is kept until a position changes, per {@code shownKey}: equal keys must
     * mean the same servers shown (a zoom gesture asks for it every frame).
     */
    double[] extend(double[] area, Predicate<Server> shown, Object shownKey) {
        if (extentsVersion != version) {
            extents.clear();
            extentsVersion = version;
        }
        double[] cards = extents.computeIfAbsent(shownKey, k -> cardsExtent(shown));
        area[0] = Math.min(area[0], cards[0]);
        area[1] = Math.min(area[1], cards[1]);
        area[2] = Math.max(area[2], cards[2]);
        area[3] = Math.max(area[3], cards[3]);
        return extendByLayers(area);
    }

    private double[] cardsExtent(Predicate<Server> shown) {
        double[] area = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Server s : topology.servers()) {
            Position p = drawn.get(s);
            if (p == null || !shown.test(s)) continue;
            area[0] = Math.min(area[0], p.x() - ServerNode.WIDTH / 2);
            area[1] = Math.min(area[1], p.y() - ServerNode.HEIGHT / 2);
            area[2] = Math.max(area[2], p.x() + ServerNode.WIDTH / 2);
            area[3] = Math.max(area[3], p.y() + ServerNode.HEIGHT / 2);
        }
        return area;
    }

    private double[] extendByLayers(double[] area) {
        for (Supplier<double[]> layer : outside) {
            double[] a = layer.get();
            if (a == null) continue;
            area[0] = Math.min(area[0], a[0]);
            area[1] = Math.min(area[1], a[1]);
            area[2] = Math.max(area[2], a[2]);
            area[3] = Math.max(area[3], a[3]);
        }
        return area;
    }

    /**
     * The route of the link into {@code s} along {@code line} (x1, y1, x2, y2): a link from Microsoft
     * Update goes around the cards of the servers {@code shown} accepts, as in the exports.
     */
    LinkRoute route(Server s, double[] line, Predicate<Server> shown) {
        if (s.isSyncFromUpstream()) return LinkRoute.between(line[0], line[1], line[2], line[3]);
        Iterable<Rectangle2D> cards = () -> drawn.entrySet().stream().filter(e -> shown.test(e.getKey()))
                .map(e -> DiagramScene.nodeBox(e.getValue().x(), e.getValue().y())).iterator();
        return LinkRoute.fromMicrosoftUpdate(line[0], line[1], line[2], line[3], cards);
    }

    /** The drawn area, and so Fit and the scroll range, also cover what {@code layer} says it covers. */
    void alsoCover(Supplier<double[]> layer) { outside.add(layer); }

    /** Where Microsoft Update goes over servers the plan places: as the exports put it ({@link DiagramScene#microsoftUpdateAbove}). */
    Position aboveRoots() {
        List<Position> roots = new ArrayList<>();
        for (Server r : topology.roots()) roots.add(modelPosition(r));
        return DiagramScene.microsoftUpdateAbove(roots);
    }
}
