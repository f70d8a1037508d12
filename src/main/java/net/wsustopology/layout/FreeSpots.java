package net.wsustopology.layout;

import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.Position;

/**
 * Where a new card can go without covering another: the cards already on the diagram (by their
 * centres) and the nearest place to a wanted one where a card, or a group of cards keeping its
 * shape, keeps {@link #CLEARANCE} from all of them. Cards are kept in a grid of buckets, so a
 * check looks at a handful of neighbours, not at every card of a 5,000-server plan.
 */
public final class FreeSpots {
    /** Least gap between the edges of two cards. */
    public static final double CLEARANCE = 16;
    /** Distance between two candidate places while searching. */
    static final double STEP = 12;
    /** Beyond this distance the search gives up and puts the cards right of everything. */
    static final double SEARCH_RADIUS = 1600;
    private static final double REACH_X = NODE_WIDTH + CLEARANCE;
    private static final double REACH_Y = NODE_HEIGHT + CLEARANCE;

    private final Map<Long, List<Position>> buckets = new HashMap<>();
    private double rightmost = 0;

    /** {@code occupied}: centres of the cards already drawn (servers, Microsoft Update). */
    public FreeSpots(Collection<Position> occupied) {
        for (Position p : occupied) occupy(p);
    }

    /** Marks a card centred at {@code p} as taken (a card placed a moment ago). */
    public void occupy(Position p) {
        buckets.computeIfAbsent(key(cell(p.x(), REACH_X), cell(p.y(), REACH_Y)), k -> new ArrayList<>(2)).add(p);
        rightmost = Math.max(rightmost, p.x());
    }

    /** True when a card centred at {@code p} is on the diagram (not above or left of it) and covers no card. */
    public boolean isFree(Position p) {
        if (p.x() < NODE_WIDTH / 2 || p.y() < NODE_HEIGHT / 2) return false;
        long cx = cell(p.x(), REACH_X);
        long cy = cell(p.y(), REACH_Y);
        for (long i = cx - 1; i <= cx + 1; i++) {
            for (long j = cy - 1; j <= cy + 1; j++) {
                List<Position> bucket = buckets.get(key(i, j));
                if (bucket == null) continue;
                for (Position q : bucket) {
                    if (Math.abs(q.x() - p.x()) < REACH_X && Math.abs(q.y() - p.y()) < REACH_Y) return false;
                }
            }
        }
        return true;
    }

    /** The free place nearest to {@code wanted} (itself when free). */
    public Position nearestFree(Position wanted) {
        Position offset = nearestFreeOffset(List.of(wanted), 0, 0);
        return wanted.translate(offset.x(), offset.y());
    }

    /**
     * The shift nearest to ({@code dx}, {@code dy}) that puts every card of {@code group} (centres,
     * before the shift) on a free place, so pasted servers keep their arrangement.
     */
    public Position nearestFreeOffset(List<Position> group, double dx, double dy) {
        if (group.isEmpty() || allFree(group, dx, dy)) return new Position(dx, dy);
        Position best = null;
        double bestDistance = Double.MAX_VALUE;
        int rings = (int) (SEARCH_RADIUS / STEP);
        for (int r = 1; r <= rings && r * STEP < bestDistance; r++) {
            for (int[] d : ring(r)) {
                double distance = Math.hypot(d[0], d[1]) * STEP;
                if (distance < bestDistance && allFree(group, dx + d[0] * STEP, dy + d[1] * STEP)) {
                    best = new Position(dx + d[0] * STEP, dy + d[1] * STEP);
                    bestDistance = distance;
                }
            }
        }
        return best != null ? best : rightOfEverything(group, dy);
    }

    /** The lattice points at Chebyshev distance {@code r} from the origin, each once. */
    private static List<int[]> ring(int r) {
        List<int[]> points = new ArrayList<>(8 * r);
        for (int a = -r; a <= r; a++) {
            points.add(new int[] {a, -r});
            points.add(new int[] {a, r});
        }
        for (int b = -r + 1; b < r; b++) {
            points.add(new int[] {-r, b});
            points.add(new int[] {r, b});
        }
        return points;
    }

    private boolean allFree(List<Position> group, double dx, double dy) {
        for (Position p : group) if (!isFree(p.translate(dx, dy))) return false;
        return true;
    }

    /** A shift that puts the group past the rightmost card, where nothing can be in the way. */
    private Position rightOfEverything(List<Position> group, double dy) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (Position p : group) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
        }
        double shiftY = Math.max(dy, NODE_HEIGHT / 2 - minY);
        return new Position(rightmost + REACH_X - minX, shiftY);
    }

    private static long cell(double v, double size) { return (long) Math.floor(v / size); }

    private static long key(long i, long j) { return (i << 32) ^ (j & 0xffffffffL); }
}
