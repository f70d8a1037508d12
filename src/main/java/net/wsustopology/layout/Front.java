package net.wsustopology.layout;

import java.util.Arrays;

/**
 * The shapes one subtree can take: its boxes from the narrowest (and tallest) to the widest (and
 * shortest), none both wider and taller than another, each with the recipe that arranges the
 * node's downstreams into it. A parent picks one shape of each downstream.
 */
final class Front {
    /** Most shapes kept per subtree: enough choice for the parent, little work per node. */
    static final int MAX = 16;
    static final Front LEAF = single(TreeLayout.NODE_WIDTH, TreeLayout.NODE_HEIGHT);
    static final Front EMPTY = new Front(0);

    final double[] width;
    final double[] height;
    /** Centre x of the node's card, from the left edge of the box. */
    final double[] anchor;
    final Recipe[] recipe;
    final int size;

    /** How a node's downstreams are arranged: {@link Arranger} turns it into positions. */
    record Recipe(Arranger.Family family, int columns, double heightLimit, double shelfWidth) { }

    private Front(int size) {
        this.size = size;
        width = new double[size];
        height = new double[size];
        anchor = new double[size];
        recipe = new Recipe[size];
    }

    private static Front single(double w, double h) {
        Front f = new Front(1);
        f.width[0] = w;
        f.height[0] = h;
        f.anchor[0] = w / 2;
        return f;
    }

    /** The narrowest shape no taller than {@code limit}, else the shortest. */
    int narrowestWithin(double limit) {
        for (int i = 0; i < size; i++) if (height[i] <= limit + 1e-6) return i;
        return size - 1;
    }

    double shortestHeight() { return height[size - 1]; }

    /** Collects candidate shapes and keeps those no other beats in both width and height. */
    static final class Builder {
        private double[] w = new double[32];
        private double[] h = new double[32];
        private double[] a = new double[32];
        private Recipe[] r = new Recipe[32];
        private int n;

        void add(double width, double height, double anchor, Recipe recipe) {
            if (n == w.length) {
                w = Arrays.copyOf(w, n * 2);
                h = Arrays.copyOf(h, n * 2);
                a = Arrays.copyOf(a, n * 2);
                r = Arrays.copyOf(r, n * 2);
            }
            w[n] = width;
            h[n] = height;
            a[n] = anchor;
            r[n++] = recipe;
        }

        Front build() {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            // by width, then height, then the order of evaluation: equal shapes keep the first recipe
            Arrays.sort(order, (p, q) -> w[p] != w[q] ? Double.compare(w[p], w[q])
                    : h[p] != h[q] ? Double.compare(h[p], h[q]) : Integer.compare(p, q));
            int[] kept = new int[n];
            int k = 0;
            double lowest = Double.MAX_VALUE;
            for (int i : order) {
                if (h[i] < lowest - 1e-6) {
                    kept[k++] = i;
                    lowest = h[i];
                }
            }
            int size = Math.min(k, MAX);
            Front f = new Front(size);
            for (int j = 0; j < size; j++) {
                // spread evenly over the whole front, keeping both ends
                int i = kept[size == 1 ? 0 : (int) Math.round((double) j * (k - 1) / (size - 1))];
                f.width[j] = w[i];
                f.height[j] = h[i];
                f.anchor[j] = a[i];
                f.recipe[j] = r[i];
            }
            return f;
        }
    }
}
