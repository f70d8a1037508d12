package net.wsustopology.layout;

import static net.wsustopology.layout.TreeLayout.H_GAP;
import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;
import static net.wsustopology.layout.TreeLayout.ROW_GAP;
import static net.wsustopology.layout.TreeLayout.V_GAP;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.wsustopology.model.Position;

/**
 * The next place in an upstream's block of downstreams, for a server added under it: after the
 * last card of the block's last row, or at the start of a new row when that row is full (as wide
 * as the block's first row; a single row wraps at {@link #SINGLE_ROW_COLUMNS}). A server with
 * no leaf downstreams gets the place under it, or right of its downstreams.
 */
public final class DownstreamSlot {
    /** Cards whose centres are closer than this vertically are on one row. */
    private static final double SAME_ROW = NODE_HEIGHT / 2;
    /** A single row of downstreams grows to this many cards before a second row starts. */
    static final int SINGLE_ROW_COLUMNS = 8;

    private DownstreamSlot() { }

    /**
     * @param upstream centre of the upstream's card
     * @param leaves   centres of its downstreams that have no downstreams of their own
     * @param others   centres of its downstreams that head subtrees
     */
    public static Position next(Position upstream, List<Position> leaves, List<Position> others) {
        double firstRowY = upstream.y() + NODE_HEIGHT + V_GAP;
        if (leaves.isEmpty()) {
            double x = upstream.x();
            for (Position p : others) {
                if (Math.abs(p.y() - firstRowY) < SAME_ROW) x = Math.max(x, p.x() + NODE_WIDTH + H_GAP);
            }
            return new Position(x, firstRowY);
        }
        TreeMap<Double, List<Position>> rows = rows(leaves);
        List<Position> top = rows.firstEntry().getValue();
        List<Position> last = rows.lastEntry().getValue();
        double pitchX = Math.max(NODE_WIDTH + H_GAP, top.size() > 1 ? top.get(1).x() - top.get(0).x() : 0);
        double pitchY = rows.size() > 1 ? Math.max(NODE_HEIGHT + FreeSpots.CLEARANCE, rows.higherKey(rows.firstKey()) - rows.firstKey())
                : NODE_HEIGHT + ROW_GAP;
        int columns = rows.size() == 1 ? SINGLE_ROW_COLUMNS : top.size();
        if (last.size() < columns) return new Position(last.get(last.size() - 1).x() + pitchX, rows.lastKey());
        return new Position(top.get(0).x(), rows.lastKey() + pitchY);
    }

    /** Leaves by row (top to bottom), each row left to right. */
    private static TreeMap<Double, List<Position>> rows(List<Position> leaves) {
        List<Position> byY = new ArrayList<>(leaves);
        byY.sort((a, b) -> Double.compare(a.y(), b.y()));
        TreeMap<Double, List<Position>> rows = new TreeMap<>();
        List<Position> row = null;
        double rowY = Double.NaN;
        for (Position p : byY) {
            if (row == null || p.y() - rowY >= SAME_ROW) {
                row = new ArrayList<>();
                rowY = p.y();
                rows.put(rowY, row);
            }
            row.add(p);
        }
        for (List<Position> r : rows.values()) r.sort((a, b) -> Double.compare(a.x(), b.x()));
        return rows;
    }
}
