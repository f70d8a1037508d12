package net.wsustopology.layout;

import java.util.HashMap;
import java.util.Map;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Tree layout for a view of a given shape: Microsoft Update on top, the roots under it, each
 * server's downstreams under it in a row, a block of columns or shelves ({@link Arranger}).
 * Bottom-up, every subtree keeps the few shapes it can take, from narrow and tall to wide and
 * flat; the top picks the shape that shows the whole plan biggest in a view of the wanted
 * width : height, as aspect-ratio tree layouts and hanging org charts do. Subtrees own
 * disjoint boxes, so cards never overlap, and links find a gap for every line. Servers whose
 * upstream chain loops or dangles are laid out the same way in a separate area to the right.
 * Pinned servers with a position keep it. Deterministic, keeps file order among siblings, and
 * linear in the number of servers (a bounded number of shapes per subtree).
 */
public final class TreeLayout {
    public static final double NODE_WIDTH = 180;
    public static final double NODE_HEIGHT = 64;
    public static final double H_GAP = 24;
    public static final double V_GAP = 80;
    /** Vertical gap between the rows of a block of leaves (room for a link's bus and label). */
    public static final double ROW_GAP = 36;
    public static final double MARGIN = 40;
    /** Extra room above the downstreams of a big subtree's top, for its title at the summary level. */
    public static final double TITLE_ROOM = 160;
    /** Gap between the tree under Microsoft Update and the area of servers without a tier. */
    public static final double ORPHAN_GAP = 120;
    /** The shape of a wide screen, for layouts that have no view of their own (CLI, PNG, SVG). */
    public static final AspectRatio DEFAULT_ASPECT = new AspectRatio(16, 9);

    /** Lays the plan out for a 16:9 view and stores the positions in every server that is not pinned; returns how many moved there. */
    public int placeUnpinned(Topology topology) { return placeUnpinned(topology, DEFAULT_ASPECT.value()); }

    /** As {@link #placeUnpinned(Topology)} for a view of {@code aspect} = width / height. */
    public int placeUnpinned(Topology topology, double aspect) {
        LayoutResult layout = layout(topology, aspect);
        int placed = 0;
        for (Server s : topology.servers()) {
            if (s.isPinned()) continue;
            s.setPosition(layout.positions().get(s.id()));
            placed++;
        }
        return placed;
    }

    /** Positions for a 16:9 view; pinned servers keep theirs. */
    public LayoutResult layout(Topology topology) { return layout(topology, DEFAULT_ASPECT.value()); }

    /** Positions that fill a view of {@code aspect} = width / height as well as the tree allows; pinned servers keep theirs. */
    public LayoutResult layout(Topology topology, double aspect) { return layOut(topology, aspect, Double.NaN); }

    /**
     * Positions for a view of that size in pixels at 100 %: as {@link #layout(Topology, double)},
     * except that a plan that fits the view at 100 % or more takes its widest such shape, the
     * classic tidy tree, since the view never zooms in further.
     */
    public LayoutResult layoutForView(Topology topology, double viewWidth, double viewHeight) {
        if (!(viewHeight > 0)) throw new IllegalArgumentException("view height must be positive: " + viewHeight);
        return layOut(topology, viewWidth / viewHeight, viewHeight);
    }

    private LayoutResult layOut(Topology topology, double aspect, double viewHeight) {
        if (!(aspect > 0) || Double.isInfinite(aspect)) throw new IllegalArgumentException("aspect must be a positive number: " + aspect);
        Forest forest = Forest.of(topology);
        Placement placement = new Placement(forest);
        placement.measureAll();
        Front tree = placement.front(forest.muNode());
        Front orphans = placement.front(forest.orphanNode());
        int[] best = bestShapes(tree, orphans, aspect, viewHeight);
        placement.place(forest.muNode(), best[0], MARGIN, MARGIN);
        if (orphans.size > 0) placement.place(forest.orphanNode(), best[1], MARGIN + tree.width[best[0]] + ORPHAN_GAP, MARGIN);
        placement.placeDownstreams();

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
        maxX = Math.max(maxX, mu.x() + NODE_WIDTH / 2);
        return new LayoutResult(positions, mu, maxX + MARGIN, maxY + MARGIN);
    }

    /**
     * The shapes of the tree and of the orphan area that show the whole drawing biggest in the
     * view; with the view's height known, zooms above 100 % count as 100 % and the widest wins.
     */
    private static int[] bestShapes(Front tree, Front orphans, double aspect, double viewHeight) {
        boolean capped = !Double.isNaN(viewHeight);
        int[] best = {0, 0};
        double bestZoom = -1;
        double bestWidth = 0;
        for (int i = 0; i < tree.size; i++) {
            for (int j = 0; j < Math.max(1, orphans.size); j++) {
                double w = 2 * MARGIN + tree.width[i] + (orphans.size == 0 ? 0 : ORPHAN_GAP + orphans.width[j]);
                double h = 2 * MARGIN + Math.max(tree.height[i], orphans.size == 0 ? 0 : orphans.height[j]);
                double zoom = Math.min(aspect / w, 1 / h) * (capped ? viewHeight : 1);
                if (capped) zoom = Math.min(1, zoom);
                boolean widerAtFull = capped && zoom >= 1 && bestZoom >= 1 && w > bestWidth;
                if (zoom > bestZoom * (1 + 1e-9) || widerAtFull) {
                    bestZoom = zoom;
                    bestWidth = w;
                    best[0] = i;
                    best[1] = j;
                }
            }
        }
        return best;
    }
}
