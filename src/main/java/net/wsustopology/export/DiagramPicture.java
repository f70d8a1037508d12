package net.wsustopology.export;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** A diagram with the legend under it (when asked for): what PNG and SVG exports show. */
final class DiagramPicture {
    private final DiagramRenderer renderer;
    private final double legendHeight;

    DiagramPicture(DiagramRenderer renderer, boolean legend) {
        this.renderer = renderer;
        this.legendHeight = legend ? measureLegend(renderer) : 0;
    }

    double width() { return renderer.width(); }
    double height() { return renderer.height() + legendHeight; }

    void draw(Graphics2D g) {
        renderer.draw(g);
        if (legendHeight > 0) {
            g.setPaint(renderer.palette().canvas());
            g.fill(new Rectangle2D.Double(0, renderer.height(), width(), legendHeight));
            renderer.drawLegend(g, 0, renderer.height(), width());
        }
    }

    private static double measureLegend(DiagramRenderer renderer) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            DiagramRenderer.enableQuality(g);
            return renderer.legendHeight(g, renderer.width());
        } finally {
            g.dispose();
        }
    }
}
