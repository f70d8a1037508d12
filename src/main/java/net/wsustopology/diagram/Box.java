package net.wsustopology.diagram;

/** A rectangle in diagram units, from its top-left corner (x0, y0) to its bottom-right one (x1, y1). */
public record Box(double x0, double y0, double x1, double y1) {
    public double width() { return x1 - x0; }
    public double height() { return y1 - y0; }
    public double centreX() { return (x0 + x1) / 2; }

    /** True when the two share more than an edge. */
    public boolean overlaps(Box o) { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }

    public boolean contains(double x, double y) { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }

    /** The card of a server centred at (x, y). */
    public static Box card(double x, double y) {
        return new Box(x - CardText.WIDTH / 2, y - CardText.HEIGHT / 2, x + CardText.WIDTH / 2, y + CardText.HEIGHT / 2);
    }
}
