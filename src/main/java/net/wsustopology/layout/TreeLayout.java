package net.wsustopology.layout;

import java.util.HashMap;
import java.util.Map;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Tidy tree layout: Microsoft Update on top, roots side by side under it, downstreams centred
 * under their upstream. Every subtree owns a vertical band as wide as its widest level, so
 * bands never overlap. A server with more than {@link #WRAP_COLUMNS} (or the given number of) leaf downstreams gets them
 * as a block of rows under it instead of one endless line, and a row of big subtrees too wide
 * for comfort is stacked into shelves. Servers whose upstream chain loops
 * or dangles are laid out the same way in a separate area to the right. Pinned servers with a
 * position keep it. Linear in the number of servers.
 */
public final class TreeLayout {
    public static final double NODE_WIDTH = 180;
    public static final double NODE_HEIGHT = 64;
    public static final double H_GAP = 24;
    public static final double V_GAP = 80;
    /** Vertical gap between the rows of a wrapped block of leaves (room for an edge label). */
    public static final double ROW_GAP = 36;
    public static final double MARGIN = 40;
    /** Gap between the tree under Microsoft Update and the area of servers without a tier. */
    public static final double ORPHAN_GAP = 120;
    /** Most leaves side by side in one row before they wrap. */
    public static final int WRAP_COLUMNS = 8;

    private final int wrapColumns;

    public TreeLayout() { this(WRAP_COLUMNS); }

    /** A layout whose leaf blocks are at most {@code wrapColumns} wide (a printed page wants narrower blocks). */
    public TreeLayout(int wrapColumns) {
        if (wrapColumns < 1) throw new IllegalArgumentException("wrapColumns must be at least 1");
        this.wrapColumns = wrapColumns;
    }

    /** Lays the plan out and stores the positions in every server that is not pinned; returns how many moved there. */
    public int placeUnpinned(Topology topology) {
        LayoutResult layout = layout(topology);
        int placed = 0;
        for (net.wsustopology.model.Server s : topology.servers()) {
            if (s.isPinned()) continue;
            s.setPosition(layout.positions().get(s.id()));
            placed++;
        }
        return placed;
    }

    /** Positions for every server; pinned servers keep theirs. */
    public LayoutResult layout(Topology topology) {
        Forest forest = Forest.of(topology);
        Placement placement = new Placement(forest, wrapColumns);
        placement.measureAll();
        double levelTop = MARGIN;
        placement.place(forest.muNode(), MARGIN, levelTop);
        double orphanLeft = MARGIN + placement.width(forest.muNode()) + ORPHAN_GAP;
        placement.place(forest.orphanNode(), orphanLeft, levelTop);

        Map<String, Position> positions = new HashMap<>(topology.size() * 2);
        double maxX = MARGIN + NODE_WIDTH;
        double maxY = MARGIN + NODE_HEIGHT;
        for (int i = 0; i < forest.size(); i++) {
            Server s = forest.server(i);
            Position p = s.isPinned() && s.getPosition() != null ? s.getPosition()
                    : new Position(placement.x(i), placement.y(i));
            positions.put(s.id(), p);
            maxX = Math.max(maxX, p.x() + NODE_WIDTH / 2);
            maxY = Math.max(maxY, p.y() + NODE_HEIGHT / 2);
        }
        Position mu = new Position(placement.x(forest.muNode()), placement.y(forest.muNode()));
        return new LayoutResult(positions, mu, maxX + MARGIN, maxY + MARGIN);
    }
}
