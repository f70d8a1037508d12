package net.wsustopology.diagram;

import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;

/**
 * Where a comparison's actual link runs, the same on the canvas and in the drift report: a
 * curve (one cubic Bézier) unlike the planned links' right angles, from the bottom of the card
 * the server is deployed under to a point right of the centre of the downstream card, so it
 * never hides the planned link. Into the card's top when it lies below, else looping under the
 * row into its bottom (a server moved under a sibling). The arrow head's two wings and the
 * place of its "deployed" label come with it. Coordinates are card centres in diagram units.
 */
public record ActualLinkPath(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2,
                             double[] wingA, double[] wingB, double labelX, double labelY) {
    /** How far right of the card's centre the actual link ends, clear of the planned link's arrow. */
    public static final double END_OFFSET = 26;
    /** The words beside the curve. */
    public static final String LABEL = "deployed";
    private static final double ARROW = 8;
    private static final double PULL = 60;

    /** From the card centred at (ux, uy) (Microsoft Update's or a server's) to the card centred at (dx, dy). */
    public static ActualLinkPath between(double ux, double uy, double dx, double dy) {
        double half = NODE_HEIGHT / 2;
        double x1 = ux;
        double y1 = uy + half;
        double x2 = dx + END_OFFSET;
        boolean below = dy - half > y1 + 8;
        double y2 = below ? dy - half : dy + half;
        double c1y = y1 + PULL;
        double c2y = below ? y2 - PULL : y2 + PULL;
        // the tangent at the end runs from the second control point into the end
        double angle = Math.atan2(y2 - c2y, 0);
        double spread = Math.PI / 7;
        double[] wingA = {x2 - ARROW * Math.cos(angle - spread), y2 - ARROW * Math.sin(angle - spread)};
        double[] wingB = {x2 - ARROW * Math.cos(angle + spread), y2 - ARROW * Math.sin(angle + spread)};
        // the curve's middle: the Bézier at t = 0.5
        double mx = (x1 + 3 * x1 + 3 * x2 + x2) / 8;
        double my = (y1 + 3 * c1y + 3 * c2y + y2) / 8;
        return new ActualLinkPath(x1, y1, x1, c1y, x2, c2y, x2, y2, wingA, wingB, mx + 6, my - 4);
    }
}
