package net.wsustopology.layout;

import static net.wsustopology.layout.TreeLayout.H_GAP;
import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;
import static net.wsustopology.layout.TreeLayout.ROW_GAP;
import static net.wsustopology.layout.TreeLayout.V_GAP;

import java.util.Arrays;
import net.wsustopology.layout.Front.Recipe;

/**
 * The ways one server's downstreams can sit under it, and the shapes they give its subtree.
 * Every way leaves the links a clean route as the canvas and the exports draw them (straight
 * down from the upstream to a bus just above a row, along the bus, down into the card): the
 * vertical trunk under the upstream runs only through gaps, and every bus runs in the gap above
 * its row.
 * <ul>
 * <li>{@link Family#ROW}: all downstreams side by side, the upstream centred over them (the
 * classic tidy tree);</li>
 * <li>{@link Family#BLOCK}: the leaf downstreams in a block of some number of columns with the
 * trunk in the gap between its middle columns (one column hangs beside the trunk), the other
 * downstreams in a row below the block;</li>
 * <li>{@link Family#HANGING}: the trunk down the left side, the leaves in a block right of it and
 * the other downstreams in shelves below, each shelf as wide as the recipe says;</li>
 * <li>{@link Family#SHELVES}: the servers without a tier (no card above them, no trunk) in shelves.</li>
 * </ul>
 */
final class Arranger {
    enum Family { ROW, BLOCK, HANGING, SHELVES }

    static final double PITCH_X = NODE_WIDTH + H_GAP;
    static final double PITCH_Y = NODE_HEIGHT + ROW_GAP;
    /** Between a block of leaves and the shelf below it, and between shelves: room for a bus and a label. */
    static final double STRIP_GAP = 48;
    /** The trunk runs in the middle of a gap between columns. */
    static final double TRUNK_GAP = H_GAP / 2;
    private static final double AREA_TOP = NODE_HEIGHT + V_GAP;
    /**
     * A server with more than this many servers below it, some of them with downstreams of their
     * own, gets {@link TreeLayout#TITLE_ROOM} more above its downstreams: there its name stays
     * readable when the whole plan is fitted (diagram.DetailLevel draws it there at screen size).
     */
    static final int TITLED_SUBTREE = 200;
    static final int WIDE_BLOCK = 50;
    static final int WIDE_BLOCK_COLUMNS = 5;
    /** Row heights tried for the downstream subtrees of one server. */
    private static final int HEIGHT_LIMITS = 24;
    private static final int MAX_SHELF_WIDTHS = 14;
    private static final double SHELF_STEP = 1.3;

    private final Forest forest;
    private final Front[] fronts;
    private final double[] childLeft;
    private final double[] childTop;
    private final int[] childShape;
    private boolean record;

    /** The box of the last arrangement, and the centre of the upstream's card from its left edge. */
    private double width;
    private double height;
    private double anchor;

    private double rowWidth;
    private double rowHeight;
    private double rowFirst;
    private double rowLast;
    private double shelvesWidth;
    private double shelvesBottom;
    /** The last measured row, reused while only the block beside it changes. */
    private int[] rowKids;
    private boolean rowWithLeaves;
    private double rowLimit;
    private int[] leafCountOf;
    private int leafCount;
    /** How many servers each measured subtree holds, its top included. */
    private final int[] subtreeSize;

    /**
     * @param childLeft where {@link #place} writes each downstream's box left, relative to the
     *                  centre of its upstream's card; {@code childTop} its card top relative to the
     *                  upstream's card top, {@code childShape} which of its shapes it takes
     */
    Arranger(Forest forest, Front[] fronts, double[] childLeft, double[] childTop, int[] childShape) {
        this.forest = forest;
        this.fronts = fronts;
        this.childLeft = childLeft;
        this.childTop = childTop;
        this.childShape = childShape;
        this.subtreeSize = new int[forest.nodeCount()];
    }

    /** Every shape worth keeping for {@code node}'s subtree; its downstreams' fronts must be known. */
    Front measure(int node) {
        int[] kids = forest.children(node);
        subtreeSize[node] = 1;
        for (int c : kids) subtreeSize[node] += subtreeSize[c];
        if (kids.length == 0) return node == forest.orphanNode() ? Front.EMPTY : Front.LEAF;
        int leaves = leafCount(kids);
        boolean subtrees = leaves < kids.length;
        Front.Builder shapes = new Front.Builder();
        record = false;
        for (double limit : heightLimits(kids)) {
            if (node == forest.orphanNode()) {
                for (double s : shelfWidths(kids, true, false, limit)) consider(shapes, node, new Recipe(Family.SHELVES, 0, limit, s));
                continue;
            }
            consider(shapes, node, new Recipe(Family.ROW, 0, limit, 0));
            if (leaves >= 2) {
                for (int c : blockColumns(fewestColumns(leaves), leaves - 1)) consider(shapes, node, new Recipe(Family.BLOCK, c, limit, 0));
            }
            if (subtrees) {
                for (double s : shelfWidths(kids, false, leaves > 0, limit)) consider(shapes, node, new Recipe(Family.HANGING, 0, limit, s));
            }
        }
        return shapes.build();
    }

    private void consider(Front.Builder shapes, int node, Recipe recipe) {
        arrange(node, recipe);
        shapes.add(width, height, anchor, recipe);
    }

    /** Writes where {@code node}'s downstreams go under the recipe (see the constructor). */
    void place(int node, Recipe recipe) {
        record = true;
        arrange(node, recipe);
        record = false;
    }

    private void arrange(int node, Recipe r) {
        int[] kids = forest.children(node);
        double half = node == forest.orphanNode() ? 0 : NODE_WIDTH / 2;
        final double AREA_TOP = areaTop(node, kids);
        switch (r.family()) {
            case ROW -> {
                row(kids, true, r.heightLimit(), 0, 0, false);
                double rowLeft = -(rowFirst + rowLast) / 2;
                box(half, rowLeft, rowLeft + rowWidth, AREA_TOP + rowHeight);
                if (record) row(kids, true, r.heightLimit(), rowLeft, AREA_TOP, true);
            }
            case BLOCK -> {
                int leaves = leafCount(kids);
                int c = r.columns();
                double blockLeft = TRUNK_GAP - (c / 2) * PITCH_X;
                double blockBottom = AREA_TOP + blockHeight(leaves, c);
                double left = blockLeft;
                double right = blockLeft + blockWidth(c);
                double bottom = blockBottom;
                double rowLeft = 0;
                boolean subtrees = leaves < kids.length;
                if (subtrees) {
                    row(kids, false, r.heightLimit(), 0, 0, false);
                    rowLeft = -(rowFirst + rowLast) / 2;
                    left = Math.min(left, rowLeft);
                    right = Math.max(right, rowLeft + rowWidth);
                    bottom = blockBottom + STRIP_GAP + rowHeight;
                }
                box(half, left, right, bottom);
                if (record) {
                    block(kids, c, blockLeft, AREA_TOP);
                    if (subtrees) row(kids, false, r.heightLimit(), rowLeft, blockBottom + STRIP_GAP, true);
                }
            }
            case HANGING -> {
                int leaves = leafCount(kids);
                double top = AREA_TOP;
                double right = half;
                if (leaves > 0) {
                    int c = Math.max(fewestColumns(leaves), Math.min(leaves, (int) ((r.shelfWidth() + H_GAP) / PITCH_X)));
                    if (record) block(kids, c, TRUNK_GAP, top);
                    right = Math.max(right, TRUNK_GAP + blockWidth(c));
                    top += blockHeight(leaves, c) + STRIP_GAP;
                }
                shelves(kids, false, r.heightLimit(), r.shelfWidth(), TRUNK_GAP, top);
                box(half, -half, Math.max(right, TRUNK_GAP + shelvesWidth), shelvesBottom);
            }
            case SHELVES -> {
                shelves(kids, true, r.heightLimit(), r.shelfWidth(), 0, AREA_TOP);
                box(0, 0, shelvesWidth, shelvesBottom);
            }
        }
    }

    /** From the upstream's card top to its downstreams' area: more for a big subtree with tiers below (see {@link #TITLED_SUBTREE}). */
    private double areaTop(int node, int[] kids) {
        if (node >= forest.size() || subtreeSize[node] <= TITLED_SUBTREE || leafCount(kids) == kids.length) return AREA_TOP;
        return AREA_TOP + TreeLayout.TITLE_ROOM;
    }

    /** The box around the upstream's card (centred at 0) and its downstreams spanning left..right. */
    private void box(double half, double left, double right, double bottom) {
        double l = Math.min(-half, left);
        width = Math.max(half, right) - l;
        anchor = -l;
        height = bottom;
    }

    /** Downstreams side by side from {@code x0}; leaves too when {@code withLeaves}. */
    private void row(int[] kids, boolean withLeaves, double limit, double x0, double top, boolean write) {
        if (!write && kids == rowKids && withLeaves == rowWithLeaves && limit == rowLimit) return;
        rowKids = write ? null : kids;
        rowWithLeaves = withLeaves;
        rowLimit = limit;
        double cursor = 0;
        double tallest = 0;
        rowFirst = Double.NaN;
        for (int c : kids) {
            if (!withLeaves && isLeaf(c)) continue;
            Front f = fronts[c];
            int shape = f.narrowestWithin(limit);
            if (write) put(c, x0 + cursor, top, shape);
            if (Double.isNaN(rowFirst)) rowFirst = cursor + f.anchor[shape];
            rowLast = cursor + f.anchor[shape];
            cursor += f.width[shape] + H_GAP;
            tallest = Math.max(tallest, f.height[shape]);
        }
        rowWidth = cursor - H_GAP;
        rowHeight = tallest;
    }

    /** Downstreams left to right from {@code x0}, starting a new shelf below where one would pass {@code shelfWidth}. */
    private void shelves(int[] kids, boolean withLeaves, double limit, double shelfWidth, double x0, double top) {
        double cursor = 0;
        double shelfHeight = 0;
        double widest = 0;
        for (int c : kids) {
            if (!withLeaves && isLeaf(c)) continue;
            Front f = fronts[c];
            int shape = f.narrowestWithin(limit);
            double w = f.width[shape];
            if (cursor > 0 && cursor + w > shelfWidth + 0.5) {
                top += shelfHeight + STRIP_GAP;
                cursor = 0;
                shelfHeight = 0;
            }
            if (record) put(c, x0 + cursor, top, shape);
            cursor += w + H_GAP;
            widest = Math.max(widest, cursor - H_GAP);
            shelfHeight = Math.max(shelfHeight, f.height[shape]);
        }
        shelvesWidth = widest;
        shelvesBottom = top + shelfHeight;
    }

    /** The leaf downstreams in rows of {@code columns}, in file order. */
    private void block(int[] kids, int columns, double x0, double top) {
        int k = 0;
        for (int c : kids) {
            if (!isLeaf(c)) continue;
            put(c, x0 + (k % columns) * PITCH_X, top + (k / columns) * PITCH_Y, 0);
            k++;
        }
    }

    private void put(int child, double left, double top, int shape) {
        childLeft[child] = left;
        childTop[child] = top;
        childShape[child] = shape;
    }

    /**
     * The row heights worth trying for the downstream subtrees: each picks its narrowest shape
     * no taller than the limit. Below the tallest subtree's shortest shape nothing changes.
     */
    private double[] heightLimits(int[] kids) {
        double floor = 0;
        int count = 0;
        for (int c : kids) {
            if (isLeaf(c)) continue;
            floor = Math.max(floor, fronts[c].shortestHeight());
            count += fronts[c].size;
        }
        if (count == 0) return new double[] {Double.MAX_VALUE};
        double[] heights = new double[count];
        int n = 0;
        for (int c : kids) {
            if (isLeaf(c)) continue;
            for (int i = 0; i < fronts[c].size; i++) if (fronts[c].height[i] >= floor) heights[n++] = fronts[c].height[i];
        }
        heights = Arrays.copyOf(heights, n);
        Arrays.sort(heights);
        int distinct = 0;
        for (int i = 0; i < n; i++) if (i == 0 || heights[i] > heights[distinct - 1] + 1e-6) heights[distinct++] = heights[i];
        if (distinct <= HEIGHT_LIMITS) return Arrays.copyOf(heights, distinct);
        double[] chosen = new double[HEIGHT_LIMITS];
        for (int j = 0; j < HEIGHT_LIMITS; j++) chosen[j] = heights[(int) Math.round((double) j * (distinct - 1) / (HEIGHT_LIMITS - 1))];
        return chosen;
    }

    /** Shelf widths from the widest downstream to all of them in one shelf, in growing steps. */
    private double[] shelfWidths(int[] kids, boolean withLeaves, boolean block, double limit) {
        double widest = block ? NODE_WIDTH : 0;
        double total = -H_GAP;
        for (int c : kids) {
            if (!withLeaves && isLeaf(c)) continue;
            Front f = fronts[c];
            double w = f.width[f.narrowestWithin(limit)];
            widest = Math.max(widest, w);
            total += w + H_GAP;
        }
        total = Math.max(total, widest);
        double step = Math.max(SHELF_STEP, Math.pow(total / widest, 1.0 / (MAX_SHELF_WIDTHS - 1)));
        double[] widths = new double[MAX_SHELF_WIDTHS];
        int n = 0;
        for (double s = widest; s < total - 0.5 && n < MAX_SHELF_WIDTHS - 1; s *= step) widths[n++] = s;
        widths[n++] = total;
        return Arrays.copyOf(widths, n);
    }

    /** Column counts for a block of leaves, {@code fewest} to {@code most}: every count up to 48, then in steps of a twentieth. */
    private static int[] blockColumns(int fewest, int most) {
        int[] columns = new int[48 + (int) Math.ceil(Math.log(Math.max(2, most)) / Math.log(1.05)) + 2];
        int n = 0;
        for (int c = Math.min(fewest, Math.max(1, most)); c <= most; c = c < 48 ? c + 1 : (int) Math.ceil(c * 1.05)) columns[n++] = c;
        return Arrays.copyOf(columns, n);
    }

    /**
     * A block of {@link #WIDE_BLOCK} leaves or more gets at least {@link #WIDE_BLOCK_COLUMNS}
     * columns: folded into one group card when the plan is fitted, it is then still wide enough
     * for the card's text (a narrow, tall block would fit the plan bigger but say nothing).
     */
    private static int fewestColumns(int leaves) { return leaves >= WIDE_BLOCK ? WIDE_BLOCK_COLUMNS : 1; }

    static double blockWidth(int columns) { return columns * PITCH_X - H_GAP; }

    static double blockHeight(int leaves, int columns) {
        int rows = (leaves + columns - 1) / columns;
        return rows * PITCH_Y - ROW_GAP;
    }

    private boolean isLeaf(int node) { return forest.children(node).length == 0; }

    private int leafCount(int[] kids) {
        if (kids == leafCountOf) return leafCount;
        int leaves = 0;
        for (int c : kids) if (isLeaf(c)) leaves++;
        leafCountOf = kids;
        leafCount = leaves;
        return leaves;
    }
}
