package net.wsustopology.ui.canvas;

import java.util.function.Predicate;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** Where the link into a server starts and ends as the cards are drawn now. */
final class LinkEnds {
    private final Topology topology;
    private final DrawnPositions drawn;
    private final MicrosoftUpdateNode mu;
    private final Predicate<Server> folded;

    /** {@code folded}: a server whose card is folded away (collapsed or in a folded group), with no link into it. */
    LinkEnds(Topology topology, DrawnPositions drawn, MicrosoftUpdateNode mu, Predicate<Server> folded) {
        this.topology = topology;
        this.drawn = drawn;
        this.mu = mu;
        this.folded = folded;
    }

    /** The link into {@code s} as {x1, y1, x2, y2} (a stub when its upstream is missing), or null when it has none to draw (hidden, its own upstream). */
    double[] of(Server s) {
        if (folded.test(s)) return null;
        Position to = drawn.of(s);
        double x1, y1;
        if (s.isSyncFromUpstream()) {
            Server up = topology.upstreamOf(s);
            if (up == null) return EdgeView.stubAbove(to.x(), to.y() - ServerNode.HEIGHT / 2);
            if (up == s || folded.test(up)) return null;
            Position from = drawn.of(up);
            x1 = from.x();
            y1 = from.y() + ServerNode.HEIGHT / 2;
        } else {
            x1 = mu.centreX();
            y1 = mu.centreY() + MicrosoftUpdateNode.HEIGHT / 2;
        }
        return new double[] {x1, y1, to.x(), to.y() - ServerNode.HEIGHT / 2};
    }
}
