package net.wsustopology.layout;

import static net.wsustopology.layout.TreeLayout.H_GAP;
import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;
import static net.wsustopology.layout.TreeLayout.ROW_GAP;
import static net.wsustopology.layout.TreeLayout.V_GAP;

/**
 * Band widths measured bottom-up, then centres placed top-down. A node's children sit in slots
 * side by side: one slot per child subtree, or, when it has more than the wrap width
 * leaf children, one block slot holding all the leaves in rows followed by the other subtrees.
 */
final class Placement {
    private final Forest forest;
    private final int wrapColumns;
    private final double[] width;
    private final double[] childrenWidth;
    /** Centre x relative to the left edge of the node's band. */
    private final double[] offset;
    private final double[] left;
    private final double[] x;
    private final double[] y;

    Placement(Forest forest, int wrapColumns) {
        this.forest = forest;
        this.wrapColumns = wrapColumns;
        int count = forest.nodeCount();
        width = new double[count];
        childrenWidth = new double[count];
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
        int[] kids = forest.children(node);
        boolean drawn = node != forest.orphanNode();
        if (kids.length == 0) {
            width[node] = drawn ? NODE_WIDTH : 0;
            offset[node] = width[node] / 2;
            return;
        }
        int leaves = leafCount(kids);
        boolean wrap = leaves > wrapColumns;
        double cursor = 0;
        double first = Double.NaN;
        double last = 0;
        if (wrap) {
            double block = blockWidth(leaves);
            first = last = block / 2;
            cursor = block + H_GAP;
        }
        for (int c : kids) {
            if (wrap && isLeaf(c)) continue;
            double anchor = cursor + offset[c];
            if (Double.isNaN(first)) first = anchor;
            last = anchor;
            cursor += width[c] + H_GAP;
        }
        childrenWidth[node] = cursor - H_GAP;
        width[node] = Math.max(drawn ? NODE_WIDTH : 0, childrenWidth[node]);
        double shift = (width[node] - childrenWidth[node]) / 2;
        offset[node] = shift + (first + last) / 2;
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
        int leaves = leafCount(kids);
        boolean wrap = leaves > wrapColumns;
        double cursor = left[node] + (width[node] - childrenWidth[node]) / 2;
        double childY = y[node] + NODE_HEIGHT + V_GAP;
        if (wrap) {
            int k = 0;
            for (int c : kids) {
                if (!isLeaf(c)) continue;
                int column = k % wrapColumns;
                int row = k / wrapColumns;
                left[c] = cursor + column * (NODE_WIDTH + H_GAP);
                y[c] = childY + row * (NODE_HEIGHT + ROW_GAP);
                k++;
            }
            cursor += blockWidth(leaves) + H_GAP;
        }
        for (int c : kids) {
            if (wrap && isLeaf(c)) continue;
            left[c] = cursor;
            y[c] = childY;
            cursor += width[c] + H_GAP;
        }
    }

    private boolean isLeaf(int node) { return forest.children(node).length == 0; }

    private int leafCount(int[] kids) {
        int leaves = 0;
        for (int c : kids) if (isLeaf(c)) leaves++;
        return leaves;
    }

    private double blockWidth(int leaves) {
        int columns = Math.min(leaves, wrapColumns);
        return columns * NODE_WIDTH + (columns - 1) * H_GAP;
    }

    private static int indexOf(int[] order, int node) {
        for (int k = 0; k < order.length; k++) if (order[k] == node) return k;
        throw new IllegalArgumentException("node not in order: " + node);
    }
}
