package net.wsustopology.diagram;

import java.awt.geom.Rectangle2D;
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

    /** The route of a link of a scene, or null for a link from Microsoft Update when the scene does not show it. */
    public static LinkRoute of(DiagramScene.Link link, Position microsoftUpdate) {
        DiagramScene.Card down = link.downstream();
        double toY = down.y() - TreeLayout.NODE_HEIGHT / 2;
        if (link.upstream() != null) {
            return between(link.upstream().x(), link.upstream().y() + TreeLayout.NODE_HEIGHT / 2, down.x(), toY);
        }
        if (microsoftUpdate == null) return null;
        return between(microsoftUpdate.x(), microsoftUpdate.y() + DiagramScene.MU_HEIGHT / 2, down.x(), toY);
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
