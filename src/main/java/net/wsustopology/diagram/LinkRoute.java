package net.wsustopology.diagram;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;

/**
 * Where a link runs, decided here once for the canvas, presentation mode and every export: down
 * from the bottom centre of the upstream card to a bus just above the downstream's row, along the
 * bus, and down into the top centre of the downstream card, ending in an open arrow head (updates
 * flow downwards). Siblings in one row share the bus, so a block of downstreams reads as a comb;
 * the layout keeps the trunk and the buses in the gaps between cards. A card placed by hand level
 * with or above its upstream gets a straight line. The label (port, "SSL") starts just right of
 * the last segment, its baseline at {@link #label()}.
 */
public record LinkRoute(List<Position> points, Position wingA, Position wingB, Position label) {
    /** How far above the downstream card the bus runs; less than the layout's gap between rows. */
    public static final double BUS_ABOVE = 22;
    /** Length of the arrow head's wings. */
    public static final double ARROW = 8;
    private static final double SPREAD = Math.PI / 7;

    /** From the centre-bottom of the upper card (x1, y1) to the centre-top of the lower one (x2, y2). */
    public static LinkRoute between(double x1, double y1, double x2, double y2) {
        double bus = y2 - BUS_ABOVE;
        boolean rightAngles = bus > y1;
        List<Position> points = rightAngles
                ? List.of(new Position(x1, y1), new Position(x1, bus), new Position(x2, bus), new Position(x2, y2))
                : List.of(new Position(x1, y1), new Position(x2, y2));
        Position from = points.get(points.size() - 2);
        double angle = Math.atan2(y2 - from.y(), x2 - from.x());
        Position wingA = new Position(x2 - ARROW * Math.cos(angle - SPREAD), y2 - ARROW * Math.sin(angle - SPREAD));
        Position wingB = new Position(x2 - ARROW * Math.cos(angle + SPREAD), y2 - ARROW * Math.sin(angle + SPREAD));
        Position label = rightAngles ? new Position(x2 + 6, y2 - 6) : new Position((x1 + x2) / 2 + 6, (y1 + y2) / 2 + 4);
        return new LinkRoute(points, wingA, wingB, label);
    }

    /**
     * The route of a link of a scene, or null for a link from Microsoft Update when the scene does
     * not show it; a link from Microsoft Update goes around {@code cards} (see {@link #fromMicrosoftUpdate}).
     */
    public static LinkRoute of(DiagramScene.Link link, Position microsoftUpdate, Iterable<Rectangle2D> cards) {
        DiagramScene.Card down = link.downstream();
        double toY = down.y() - TreeLayout.NODE_HEIGHT / 2;
        if (link.upstream() != null) {
            return between(link.upstream().x(), link.upstream().y() + TreeLayout.NODE_HEIGHT / 2, down.x(), toY);
        }
        if (microsoftUpdate == null) return null;
        return fromMicrosoftUpdate(microsoftUpdate.x(), microsoftUpdate.y() + DiagramScene.MU_HEIGHT / 2, down.x(), toY, cards);
    }

    /** How far a corridor around cards keeps from their edges. */
    static final double CLEARANCE = 14;
    /** How many corridors, nearest first, are tried before going round the outside of every card. */
    private static final int CORRIDORS_TRIED = 64;

    /**
     * From Microsoft Update (bottom centre x1, y1) to a root's top centre (x2, y2): as {@link #between}
     * when that passes no card; otherwise down a gap clear of every card in the way (a root dropped
     * below other servers, or left where its deleted upstream had it), so the link never runs behind
     * a card or seems to start from one it does not belong to.
     */
    public static LinkRoute fromMicrosoftUpdate(double x1, double y1, double x2, double y2, Iterable<Rectangle2D> cards) {
        LinkRoute direct = between(x1, y1, x2, y2);
        List<Rectangle2D> inWay = new ArrayList<>();
        // cards between Microsoft Update and the root's top; the root's own card (and its row) start at y2
        for (Rectangle2D r : cards) if (r.getMaxY() > y1 && r.getMinY() < y2 - 1) inWay.add(r);
        if (inWay.isEmpty() || clear(direct.points(), inWay)) return direct;
        double under = y1 + BUS_ABOVE / 2;
        double bus = y2 - BUS_ABOVE;
        List<Double> corridors = new ArrayList<>();
        double outside = x2;
        for (Rectangle2D r : inWay) {
            corridors.add(r.getMinX() - CLEARANCE);
            corridors.add(r.getMaxX() + CLEARANCE);
            outside = Math.max(outside, r.getMaxX() + CLEARANCE);
        }
        // shortest first; among equals the one nearest the root, so the canvas and the exports (cards in another order) agree
        corridors.sort(Comparator.<Double>comparingDouble(x -> Math.abs(x - x2) + Math.abs(x - x1))
                .thenComparingDouble(x -> Math.abs(x - x2)).thenComparingDouble(x -> x));
        for (int i = 0; i < Math.min(CORRIDORS_TRIED, corridors.size()); i++) {
            List<Position> points = detour(x1, y1, under, corridors.get(i), bus, x2, y2);
            if (clear(points, inWay)) return through(points);
        }
        return through(detour(x1, y1, under, outside, bus, x2, y2));
    }

    private static List<Position> detour(double x1, double y1, double under, double x, double bus, double x2, double y2) {
        return List.of(new Position(x1, y1), new Position(x1, under), new Position(x, under), new Position(x, bus),
                new Position(x2, bus), new Position(x2, y2));
    }

    private static boolean clear(List<Position> points, List<Rectangle2D> cards) {
        for (int i = 1; i < points.size(); i++) {
            Position a = points.get(i - 1);
            Position b = points.get(i);
            for (Rectangle2D r : cards) if (r.intersectsLine(a.x(), a.y(), b.x(), b.y())) return false;
        }
        return true;
    }

    /** A route along {@code points}, its last segment straight down into the card. */
    private static LinkRoute through(List<Position> points) {
        Position tip = points.get(points.size() - 1);
        Position wingA = new Position(tip.x() - ARROW * Math.cos(Math.PI / 2 - SPREAD), tip.y() - ARROW * Math.sin(Math.PI / 2 - SPREAD));
        Position wingB = new Position(tip.x() - ARROW * Math.cos(Math.PI / 2 + SPREAD), tip.y() - ARROW * Math.sin(Math.PI / 2 + SPREAD));
        return new LinkRoute(points, wingA, wingB, new Position(tip.x() + 6, tip.y() - 6));
    }

    /** The arrow's tip: the top centre of the downstream card. */
    public Position tip() { return points.get(points.size() - 1); }

    /** What the lines cover (the label not included). */
    public Rectangle2D bounds() {
        Rectangle2D r = new Rectangle2D.Double(points.get(0).x(), points.get(0).y(), 0, 0);
        for (Position p : points) r.add(p.x(), p.y());
        r.add(wingA.x(), wingA.y());
        r.add(wingB.x(), wingB.y());
        return r;
    }
}
