package net.wsustopology.layout;

import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Checks that links as the canvas draws them (straight down from the upstream to a bus just
 * above the downstream's card, along it, and down into the card) run through no other card.
 */
final class Links {
    /** The canvas's bus height above a downstream card ({@code ui.canvas.EdgeView}). */
    static final double BUS_ABOVE = 22;

    private Links() { }

    static void assertNoLinkThroughACard(Topology t, LayoutResult result) {
        Map<String, Position> at = result.positions();
        List<Rectangle2D> cards = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, Position> e : at.entrySet()) {
            cards.add(card(e.getValue()));
            ids.add(e.getKey());
        }
        for (Server s : t.servers()) {
            Server up = t.upstreamOf(s);
            if (s.isSyncFromUpstream() && up == null) continue;
            Position from = up == null ? result.microsoftUpdate() : at.get(up.id());
            Position to = at.get(s.id());
            double top = to.y() - NODE_HEIGHT / 2;
            double bus = top - BUS_ABOVE;
            double bottom = from.y() + NODE_HEIGHT / 2;
            if (bus <= bottom) continue; // a link running back up (a loop) is drawn another way
            Line2D[] route = {
                new Line2D.Double(from.x(), bottom, from.x(), bus),
                new Line2D.Double(from.x(), bus, to.x(), bus),
                new Line2D.Double(to.x(), bus, to.x(), top)};
            for (int i = 0; i < cards.size(); i++) {
                String id = ids.get(i);
                if (id.equals(s.id()) || (up != null && id.equals(up.id()))) continue;
                Rectangle2D inner = cards.get(i);
                for (Line2D segment : route) {
                    if (segment.intersects(inner)) {
                        fail("the link " + (up == null ? "Microsoft Update" : up.id()) + " -> " + s.id() + " runs through " + id);
                    }
                }
            }
        }
    }

    /** The card, a pixel smaller on each side, so a line ending on its edge does not count. */
    private static Rectangle2D card(Position p) {
        return new Rectangle2D.Double(p.x() - NODE_WIDTH / 2 + 1, p.y() - NODE_HEIGHT / 2 + 1, NODE_WIDTH - 2, NODE_HEIGHT - 2);
    }
}
