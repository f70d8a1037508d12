package net.wsustopology.layout;

import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;

/**
 * Shapes measured bottom-up, then boxes placed top-down. Every subtree gets the front of shapes
 * it can take ({@link Arranger#measure}); once the top has picked its shape, each server's
 * recipe says where its downstreams' boxes go and which of their shapes they take.
 */
final class Placement {
    private final Forest forest;
    private final Front[] fronts;
    private final Arranger arranger;
    private final double[] boxLeft;
    private final double[] cardTop;
    private final int[] shape;
    private final double[] relLeft;
    private final double[] relTop;
    private final int[] relShape;

    Placement(Forest forest) {
        this.forest = forest;
        int count = forest.nodeCount();
        fronts = new Front[count];
        boxLeft = new double[count];
        cardTop = new double[count];
        shape = new int[count];
        relLeft = new double[count];
        relTop = new double[count];
        relShape = new int[count];
        arranger = new Arranger(forest, fronts, relLeft, relTop, relShape);
    }

    void measureAll() {
        int[] order = forest.topDown();
        for (int k = order.length - 1; k >= 0; k--) fronts[order[k]] = arranger.measure(order[k]);
    }

    Front front(int node) { return fronts[node]; }

    /** Puts the box of {@code node}'s subtree, in its shape {@code shapeIndex}, at left, top. */
    void place(int node, int shapeIndex, double left, double top) {
        boxLeft[node] = left;
        cardTop[node] = top;
        shape[node] = shapeIndex;
    }

    /** Places every downstream under its upstream, after {@link #place} of the Microsoft Update and orphan nodes. */
    void placeDownstreams() {
        for (int node : forest.topDown()) {
            int[] kids = forest.children(node);
            if (kids.length == 0) continue;
            arranger.place(node, fronts[node].recipe[shape[node]]);
            double centre = x(node);
            for (int c : kids) place(c, relShape[c], centre + relLeft[c], cardTop[node] + relTop[c]);
        }
    }

    /** Centre of the node's card. */
    double x(int node) {
        Front f = fronts[node];
        return boxLeft[node] + (f.size == 0 ? 0 : f.anchor[shape[node]]);
    }

    double y(int node) { return cardTop[node] + NODE_HEIGHT / 2; }
}
