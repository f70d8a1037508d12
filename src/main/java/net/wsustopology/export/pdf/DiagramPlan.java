package net.wsustopology.export.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Severity;

/**
 * Which diagram pages a PDF gets. A plan whose overview is readable on page 1 gets no more, nor
 * does one whose detail pages would be a single page showing the whole plan again.
 * Otherwise each root's subtree gets its own page, laid out afresh; a subtree still too big is
 * shown collapsed (the server and its direct downstreams) with each downstream's own subtree
 * continued on later pages. Servers without a tier get a page of their own. Whatever is still
 * too big for one readable page is cut into tiles.
 */
final class DiagramPlan {
    /** Below this many points per diagram unit, node text is too small to read. */
    static final double READABLE = 0.45;
    private static final int MAX_TILES = 36;
    /** Layouts tried for a part cut into tiles ({@link #fewerTiles}), and the largest part tried: each try lays it out again. */
    private static final int MOST_TRIES = 6;
    private static final int MOST_RELAID = 2_000;

    /**
     * A part of the diagram on {@code columns} x {@code rows} pages from {@code firstPage};
     * {@code continued} maps a shown server's id to the page its collapsed subtree continues on.
     */
    record Unit(String heading, Server top, DiagramScene scene, double scale, int columns, int rows, int firstPage,
                int fromPage, Map<String, Integer> continued) {
        int pages() { return columns * rows; }
        int pageOf(int column, int row) { return firstPage + row * columns + column; }
    }

    private final Topology topology;
    private final Map<String, Severity> worst;
    private final Rectangle2D area;
    private final List<Unit> units = new ArrayList<>();
    private final Set<Server> covered = Collections.newSetFromMap(new IdentityHashMap<>());
    private int nextPage;

    private DiagramPlan(Topology topology, Map<String, Severity> worst, Rectangle2D area, int firstPage) {
        this.topology = topology;
        this.worst = worst;
        this.area = area;
        this.nextPage = firstPage;
    }

    static DiagramPlan of(DiagramScene scene, Map<String, Severity> worst, Rectangle2D overviewArea, Rectangle2D detailArea,
                          int firstPage) {
        DiagramPlan plan = new DiagramPlan(scene.topology(), worst, detailArea, firstPage);
        if (fit(scene.bounds(), overviewArea) >= READABLE) return plan;
        Map<Server, Integer> sizes = subtreeSizes(scene.topology());
        for (Server root : scene.topology().roots()) plan.subtrees(root, sizes);
        List<Server> rest = new ArrayList<>();
        for (Server s : scene.topology().servers()) if (!plan.covered.contains(s)) rest.add(s);
        if (!rest.isEmpty()) {
            plan.add("Servers without a tier: their upstream chain loops or names no server (" + rest.size() + ")",
                    null, rest, plan.relayout(rest, plan.aspect(1, 1)), 1);
        }
        if (plan.repeatsTheOverview()) plan.units.clear();
        return plan;
    }

    /** True when the only detail page would show the whole plan again: the overview is then its one picture. */
    private boolean repeatsTheOverview() {
        return units.size() == 1 && units.get(0).pages() == 1 && units.get(0).scene().cards().size() == topology.size();
    }

    List<Unit> units() { return units; }

    boolean split() { return !units.isEmpty(); }

    int lastPage() { return nextPage - 1; }

    Unit unitOf(Server top) {
        for (Unit u : units) if (u.top() == top) return u;
        return null;
    }

    /** A subtree still to place: under {@code parent}'s unit (null for a root), continued from {@code fromPage}. */
    private record Pending(Server top, int fromPage, Unit parent) { }

    /**
     * Every subtree below {@code root}, depth first as pages are numbered, with a stack of its own
     * (a plan may be a chain tens of thousands deep). A subtree too big for a readable page is
     * shown collapsed; a chain of single downstreams is shown whole, down to where it branches.
     */
    private void subtrees(Server root, Map<Server, Integer> sizes) {
        Deque<Pending> work = new ArrayDeque<>();
        work.push(new Pending(root, 1, null));
        while (!work.isEmpty()) {
            Pending next = work.pop();
            if (next.parent() != null) next.parent().continued().put(next.top().id(), nextPage);
            List<Server> continuing = subtree(next.top(), next.fromPage(), sizes);
            if (continuing.isEmpty()) continue;
            Unit unit = units.get(units.size() - 1);
            for (int i = continuing.size() - 1; i >= 0; i--) work.push(new Pending(continuing.get(i), unit.firstPage(), unit));
        }
    }

    /** Places one subtree; returns the shown servers whose own subtrees continue on later pages. */
    private List<Server> subtree(Server top, int fromPage, Map<Server, Integer> sizes) {
        if (couldFit(sizes.getOrDefault(top, 1))) {
            List<Server> all = topology.subtree(top);
            all.removeIf(s -> s != top && covered.contains(s));
            DiagramScene whole = relayout(all, aspect(1, 1));
            if (fit(whole.bounds(), area) >= READABLE) {
                covered.addAll(all);
                add(heading(top, all.size(), false), top, all, whole, fromPage);
                return List.of();
            }
        }
        List<Server> shown = new ArrayList<>();
        shown.add(top);
        Server end = top;
        for (List<Server> below = open(end); below.size() == 1; below = open(end)) {
            end = below.get(0);
            shown.add(end);
        }
        int chain = shown.size();
        shown.addAll(open(end));
        covered.addAll(shown);
        List<Server> continuing = new ArrayList<>();
        for (int i = chain; i < shown.size(); i++) if (topology.downstreamCount(shown.get(i)) > 0) continuing.add(shown.get(i));
        add(heading(top, sizes.getOrDefault(top, shown.size()), !continuing.isEmpty()), top, shown,
                relayout(shown, aspect(1, 1)), fromPage);
        return continuing;
    }

    private List<Server> open(Server s) {
        List<Server> below = new ArrayList<>();
        for (Server d : topology.downstreams(s)) if (!covered.contains(d) && d != s) below.add(d);
        return below;
    }

    private static String heading(Server top, int size, boolean continues) {
        String what = "Subtree of " + top.label() + " (" + size + (size == 1 ? " server)" : " servers)");
        return continues ? what + ", their subtrees on later pages" : what;
    }

    /** False when {@code n} cards cannot be readable on one page whatever the layout: they would not fit side by side. */
    private boolean couldFit(int n) {
        double cards = (double) n * TreeLayout.NODE_WIDTH * TreeLayout.NODE_HEIGHT * READABLE * READABLE;
        return cards <= area.getWidth() * area.getHeight();
    }

    /** The number of servers in each tiered server's subtree, counted once from the leaves up. */
    private static Map<Server, Integer> subtreeSizes(Topology topology) {
        Map<Server, Integer> sizes = new IdentityHashMap<>();
        List<Server> order = topology.hierarchy().rolloutOrder();
        for (int i = order.size() - 1; i >= 0; i--) {
            Server s = order.get(i);
            int size = sizes.merge(s, 1, Integer::sum);
            Server up = topology.upstreamOf(s);
            if (up != null && up != s) sizes.merge(up, size, Integer::sum);
        }
        return sizes;
    }

    /** How a scene is cut into pages: its scale and the grid of tiles. */
    private record Tiling(DiagramScene scene, double scale, int columns, int rows) {
        int pages() { return columns * rows; }
    }

    private Unit add(String heading, Server top, List<Server> servers, DiagramScene scene, int fromPage) {
        Tiling tiling = tiling(scene);
        if (tiling.pages() > 1 && servers.size() <= MOST_RELAID) tiling = fewerTiles(servers, tiling);
        Unit unit = new Unit(heading, top, tiling.scene(), tiling.scale(), tiling.columns(), tiling.rows(), nextPage, fromPage,
                new LinkedHashMap<>());
        units.add(unit);
        nextPage += unit.pages();
        return unit;
    }

    private Tiling tiling(DiagramScene scene) {
        Rectangle2D b = scene.bounds();
        double scale = Math.min(fit(b, area), 1.0);
        int columns = 1;
        int rows = 1;
        if (scale < READABLE) {
            scale = READABLE;
            columns = (int) Math.ceil(b.getWidth() * scale / area.getWidth());
            rows = (int) Math.ceil(b.getHeight() * scale / area.getHeight());
            while (columns * rows > MAX_TILES) {
                scale *= 0.8;
                columns = (int) Math.ceil(b.getWidth() * scale / area.getWidth());
                rows = (int) Math.ceil(b.getHeight() * scale / area.getHeight());
            }
        }
        return new Tiling(scene, scale, columns, rows);
    }

    /**
     * A part laid out for the page is often cut into more tiles than it needs: laid out again to
     * the shape of a smaller grid of pages (two pages side by side, or one above the other...),
     * it may fit that grid at a readable scale. The first grid, fewest pages first, that holds it wins.
     */
    private Tiling fewerTiles(List<Server> servers, Tiling cut) {
        int tries = 0;
        for (int pages = 2; pages < cut.pages() && tries < MOST_TRIES; pages++) {
            for (int columns = pages; columns >= 1 && tries < MOST_TRIES; columns--) {
                if (pages % columns != 0) continue;
                tries++;
                Tiling again = tiling(relayout(servers, aspect(columns, pages / columns)));
                if (again.scale() >= READABLE && again.pages() < cut.pages()) return again;
            }
        }
        return cut;
    }

    /** The shape of a grid of {@code columns} x {@code rows} pages' diagram areas. */
    private double aspect(int columns, int rows) { return columns * area.getWidth() / (rows * area.getHeight()); }

    /** {@code servers} copied into a plan of their own and laid out afresh, keeping their tiers and findings. */
    private DiagramScene relayout(List<Server> servers, double aspect) {
        Topology part = new Topology();
        for (Server s : servers) {
            Server copy = s.copyWithId(s.id());
            copy.setPosition(null);
            copy.setPinned(false);
            part.addServer(copy);
        }
        DiagramScene scene = DiagramScene.of(part, new TreeLayout().layout(part, aspect), worst, topology);
        return scene.subset(part.servers(), false);
    }

    static double fit(Rectangle2D content, Rectangle2D area) {
        return Math.min(area.getWidth() / content.getWidth(), area.getHeight() / content.getHeight());
    }
}
