package net.wsustopology.export.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import net.wsustopology.export.DiagramScene;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Which diagram pages a PDF gets. A plan whose overview is readable on page 1 gets no more. A
 * bigger plan gets one detail unit per root subtree (plus one for servers without a tier);
 * a unit still too big for one readable page is cut into tiles.
 */
final class DiagramPlan {
    /** Below this many points per diagram unit, node text is too small to read. */
    static final double READABLE = 0.45;
    private static final int MAX_TILES = 36;

    /** A part of the diagram shown on {@code columns} x {@code rows} pages starting at {@code firstPage}. */
    record Unit(String heading, Server root, DiagramScene scene, double scale, int columns, int rows, int firstPage) {
        int pages() { return columns * rows; }
        int pageOf(int column, int row) { return firstPage + row * columns + column; }
    }

    private final List<Unit> units;

    private DiagramPlan(List<Unit> units) { this.units = units; }

    List<Unit> units() { return units; }

    boolean split() { return !units.isEmpty(); }

    Unit unitOf(Server root) {
        for (Unit u : units) if (u.root() == root) return u;
        return null;
    }

    static DiagramPlan of(DiagramScene scene, Rectangle2D overviewArea, Rectangle2D detailArea, int firstPage) {
        if (fit(scene.bounds(), overviewArea) >= READABLE) return new DiagramPlan(List.of());
        Topology topology = scene.topology();
        List<Unit> units = new ArrayList<>();
        Set<Server> covered = Collections.newSetFromMap(new IdentityHashMap<>());
        int page = firstPage;
        for (Server root : topology.roots()) {
            List<Server> subtree = topology.subtree(root);
            covered.addAll(subtree);
            Unit unit = unit("Subtree of " + root.label() + " (" + subtree.size() + (subtree.size() == 1 ? " server)" : " servers)"),
                    root, scene.subset(subtree, false), detailArea, page);
            units.add(unit);
            page += unit.pages();
        }
        List<Server> rest = new ArrayList<>();
        for (Server s : topology.servers()) if (!covered.contains(s)) rest.add(s);
        if (!rest.isEmpty()) {
            units.add(unit("Servers without a tier: their upstream chain loops or names no server (" + rest.size() + ")",
                    null, scene.subset(rest, false), detailArea, page));
        }
        return new DiagramPlan(units);
    }

    private static Unit unit(String heading, Server root, DiagramScene scene, Rectangle2D area, int page) {
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
        return new Unit(heading, root, scene, scale, columns, rows, page);
    }

    static double fit(Rectangle2D content, Rectangle2D area) {
        return Math.min(area.getWidth() / content.getWidth(), area.getHeight() / content.getHeight());
    }
}
