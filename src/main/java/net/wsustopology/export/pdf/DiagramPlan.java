package net.wsustopology.export.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
        for (Server root : scene.topology().roots()) plan.subtree(root, 1);
        List<Server> rest = new ArrayList<>();
        for (Server s : scene.topology().servers()) if (!plan.covered.contains(s)) rest.add(s);
        if (!rest.isEmpty()) {
            plan.add("Servers without a tier: their upstream chain loops or names no server (" + rest.size() + ")",
                    null, plan.relayout(rest), 1);
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

    private void subtree(Server top, int fromPage) {
        List<Server> all = topology.subtree(top);
        all.removeIf(s -> s != top && covered.contains(s));
        DiagramScene whole = relayout(all);
        String what = "Subtree of " + top.label() + " (" + all.size() + (all.size() == 1 ? " server)" : " servers)");
        if (fit(whole.bounds(), area) >= READABLE) {
            covered.addAll(all);
            add(what, top, whole, fromPage);
            return;
        }
        List<Server> shown = new ArrayList<>();
        shown.add(top);
        for (Server d : topology.downstreams(top)) if (!covered.contains(d) && d != top) shown.add(d);
        covered.addAll(shown);
        boolean continues = shown.stream().anyMatch(d -> d != top && topology.downstreamCount(d) > 0);
        Unit unit = add(continues ? what + ", their subtrees on later pages" : what, top, relayout(shown), fromPage);
        for (Server d : shown) {
            if (d == top || topology.downstreamCount(d) == 0) continue;
            unit.continued().put(d.id(), nextPage);
            subtree(d, unit.firstPage());
        }
    }

    private Unit add(String heading, Server top, DiagramScene scene, int fromPage) {
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
        Unit unit = new Unit(heading, top, scene, scale, columns, rows, nextPage, fromPage, new LinkedHashMap<>());
        units.add(unit);
        nextPage += unit.pages();
        return unit;
    }

    /** {@code servers} copied into a plan of their own and laid out afresh, keeping their tiers and findings. */
    private DiagramScene relayout(List<Server> servers) {
        Topology part = new Topology();
        for (Server s : servers) {
            Server copy = s.copyWithId(s.id());
            copy.setPosition(null);
            copy.setPinned(false);
            part.addServer(copy);
        }
        DiagramScene scene = DiagramScene.of(part, new TreeLayout().layout(part, area.getWidth() / area.getHeight()), worst, topology);
        return scene.subset(part.servers(), false);
    }

    static double fit(Rectangle2D content, Rectangle2D area) {
        return Math.min(area.getWidth() / content.getWidth(), area.getHeight() / content.getHeight());
    }
}
