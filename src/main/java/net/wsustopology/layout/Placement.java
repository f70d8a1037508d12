package net.wsustopology.layout;

import static net.wsustopology.layout.TreeLayout.H_GAP;
import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;
import static net.wsustopology.layout.TreeLayout.ROW_GAP;
import static net.wsustopology.layout.TreeLayout.V_GAP;

/**
 * Band sizes measured bottom-up, then centres placed top-down. A node's children sit in slots:
 * one slot per child subtree, or, when it has more than the wrap width of leaf children, one
 * block slot holding all the leaves in rows followed by the other subtrees. Slots go side by
 * side; a row of slots wider than {@link #SHELF_THRESHOLD} is cut into shelves stacked below each
 * other, so that a plan with many big regions stays roughly landscape instead of one endless line.
 */
final class Placement {
    /** A row of child slots wider than this is stacked into shelves. */
    static final double SHELF_THRESHOLD = 60 * (NODE_WIDTH + H_GAP);
    /** Shelves are at least this wide. */
    static final double SHELF_MIN = 40 * (NODE_WIDTH + H_GAP);
    /** Wanted width : height of a node's stacked shelves. */
    static final double SHELF_ASPECT = 2.0;
    static final double SHELF_GAP = V_GAP;
    private static final int BLOCK = -1;

    private final Forest forest;
    private final int wrapColumns;
    private final double[] width;
    private final double[] height;
    /** Centre x relative to the left edge of the node's band. */
    private final double[] offset;
    private final double[] left;
    private final double[] x;
    private final double[] y;

    /** The slots of one node's children: position of each relative to the children area. */
    private record Arrangement(int[] slots, double[] slotLeft, double[] slotTop, double width, double height,
                               double firstAnchor, double lastAnchor) { }

    Placement(Forest forest, int wrapColumns) {
        this.forest = forest;
        this.wrapColumns = wrapColumns;
        int count = forest.nodeCount();
        width = new double[count];
        height = new double[count];
        offset = new double[count];
        left = new double[count];
        x = new double[count];
        y = new double[count];
    }

    double width(int node) { return width[node]; }
    double x(int node) { return x[node]; }
    double y(int node) { return y[node]; }

    void measureAll() {
        int[] order = forest.topDown();
        for (int k = order.length - 1; k >= 0; k--) measure(order[k]);
    }

    private void measure(int node) {
        boolean drawn = node != forest.orphanNode();
        double own = drawn ? NODE_WIDTH : 0;
        if (forest.children(node).length == 0) {
            width[node] = own;
            height[node] = drawn ? NODE_HEIGHT : 0;
            offset[node] = own / 2;
            return;
        }
        Arrangement a = arrange(node);
        width[node] = Math.max(own, a.width());
        height[node] = NODE_HEIGHT + V_GAP + a.height();
        offset[node] = (width[node] - a.width()) / 2 + (a.firstAnchor() + a.lastAnchor()) / 2;
    }

    /** Places {@code root} and its subtree with the left edge of its band at {@code bandLeft}. */
    void place(int root, double bandLeft, double top) {
        left[root] = bandLeft;
        y[root] = top + NODE_HEIGHT / 2;
        int[] order = forest.topDown();
        int start = indexOf(order, root);
        int end = root == forest.muNode() ? indexOf(order, forest.orphanNode()) : order.length;
        for (int k = start; k < end; k++) placeChildren(order[k]);
    }

    private void placeChildren(int node) {
        x[node] = left[node] + offset[node];
        int[] kids = forest.children(node);
        if (kids.length == 0) return;
        Arrangement a = arrange(node);
        double areaLeft = left[node] + (width[node] - a.width()) / 2;
        double areaTop = y[node] + NODE_HEIGHT / 2 + V_GAP;
        for (int i = 0; i < a.slots().length; i++) {
            double slotLeft = areaLeft + a.slotLeft()[i];
            double slotTop = areaTop + a.slotTop()[i];
            if (a.slots()[i] == BLOCK) {
                placeBlock(kids, slotLeft, slotTop);
            } else {
                int c = a.slots()[i];
                left[c] = slotLeft;
                y[c] = slotTop + NODE_HEIGHT / 2;
            }
        }
    }

    private void placeBlock(int[] kids, double blockLeft, double blockTop) {
        int columns = columnsFor(leafCount(kids));
        int k = 0;
        for (int c : kids) {
            if (!isLeaf(c)) continue;
            left[c] = blockLeft + (k % columns) * (NODE_WIDTH + H_GAP);
            y[c] = blockTop + (k / columns) * (NODE_HEIGHT + ROW_GAP) + NODE_HEIGHT / 2;
            k++;
        }
    }

    /** The slots of {@code node}'s children, side by side, stacked into shelves when too wide. */
    private Arrangement arrange(int node) {
        int[] kids = forest.children(node);
        int leaves = leafCount(kids);
        int columns = columnsFor(leaves);
        boolean wrap = leaves > columns;
        int count = wrap ? kids.length - leaves + 1 : kids.length;
        int[] slots = new int[count];
        double[] w = new double[count];
        double[] h = new double[count];
        double[] anchor = new double[count];
        int n = 0;
        if (wrap) {
            int rows = (leaves + columns - 1) / columns;
            slots[n] = BLOCK;
            w[n] = blockWidth(leaves);
            anchor[n] = w[n] / 2;
            h[n++] = rows * (NODE_HEIGHT + ROW_GAP) - ROW_GAP;
        }
        double rowWidth = -H_GAP;
        double area = 0;
        double widest = 0;
        for (int c : kids) {
            if (wrap && isLeaf(c)) continue;
            slots[n] = c;
            w[n] = width[c];
            anchor[n] = offset[c];
            h[n++] = height[c];
        }
        for (int i = 0; i < count; i++) {
            rowWidth += w[i] + H_GAP;
            area += w[i] * h[i];
            widest = Math.max(widest, w[i]);
        }
        double shelfWidth = rowWidth <= SHELF_THRESHOLD ? rowWidth
                : Math.max(widest, Math.max(SHELF_MIN, Math.sqrt(area * SHELF_ASPECT)));
        return stack(slots, w, h, anchor, shelfWidth);
    }

    private static Arrangement stack(int[] slots, double[] w, double[] h, double[] anchorOffset, double shelfWidth) {
        double[] slotLeft = new double[slots.length];
        double[] slotTop = new double[slots.length];
        double cursor = 0;
        double top = 0;
        double shelfHeight = 0;
        double maxWidth = 0;
        double first = Double.NaN;
        double last = 0;
        boolean firstShelf = true;
        for (int i = 0; i < slots.length; i++) {
            if (cursor > 0 && cursor + w[i] > shelfWidth + 0.5) {
                top += shelfHeight + SHELF_GAP;
                cursor = 0;
                shelfHeight = 0;
                firstShelf = false;
            }
            slotLeft[i] = cursor;
            slotTop[i] = top;
            if (firstShelf) {
                double anchor = cursor + anchorOffset[i];
                if (Double.isNaN(first)) first = anchor;
                last = anchor;
            }
            cursor += w[i] + H_GAP;
            maxWidth = Math.max(maxWidth, cursor - H_GAP);
            shelfHeight = Math.max(shelfHeight, h[i]);
        }
        return new Arrangement(slots, slotLeft, slotTop, maxWidth, top + shelfHeight, first, last);
    }

    private boolean isLeaf(int node) { return forest.children(node).length == 0; }

    private int leafCount(int[] kids) {
        int leaves = 0;
        for (int c : kids) if (isLeaf(c)) leaves++;
        return leaves;
    }

    /**
     * Columns of a block of leaves: at least {@code wrapColumns}, and for big blocks about as many
     * as make the block roughly square on screen (a 1000-leaf fan-out is about 22 wide, not 8 x 125).
     */
    private int columnsFor(int leaves) {
        double rowHeightPerColumnWidth = (NODE_HEIGHT + ROW_GAP) / (NODE_WIDTH + H_GAP);
        int columns = Math.max(wrapColumns, (int) Math.ceil(Math.sqrt(leaves * rowHeightPerColumnWidth)));
        // an even count puts the gap between the two middle columns under the parent, so a link
        // dropping from the parent to a lower row never runs through the cards of the rows above
        return columns % 2 == 0 ? columns : columns + 1;
    }

    private double blockWidth(int leaves) {
        int columns = Math.min(leaves, columnsFor(leaves));
        return columns * NODE_WIDTH + (columns - 1) * H_GAP;
    }

    private static int indexOf(int[] order, int node) {
        for (int k = 0; k < order.length; k++) if (order[k] == node) return k;
        throw new IllegalArgumentException("node not in order: " + node);
    }
}
