package net.wsustopology.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import net.wsustopology.layout.TreeLayout;

/**
 * What PNG and SVG exports show: the diagram, with a title strip above it when a title was
 * given and the legend under it when asked for. A picture narrower than 16:9 (a small plan) is
 * widened to that shape with the diagram in the middle, as the layout is made for a wide screen.
 */
final class DiagramPicture {
    private static final Font TITLE = Fonts.of(Font.BOLD, 20);
    private static final double TITLE_HEIGHT = 44;
    /** The legend box is inset so that its border is not cut at the picture's edge. */
    private static final double LEGEND_INSET = 8;

    private final DiagramRenderer renderer;
    private final String title;
    private final double titleHeight;
    private final double width;
    private final double legendHeight;

    DiagramPicture(DiagramRenderer renderer, ExportOptions options) {
        this.renderer = renderer;
        this.title = options.title() == null || options.title().isBlank() ? null : Fonts.printable(options.title());
        this.titleHeight = title == null ? 0 : TITLE_HEIGHT;
        double narrowLegend = options.legend() ? measureLegend(renderer, renderer.width()) : 0;
        this.width = Math.max(renderer.width(), TreeLayout.DEFAULT_ASPECT.value() * (titleHeight + renderer.height() + narrowLegend));
        this.legendHeight = options.legend() ? measureLegend(renderer, width) : 0;
    }

    double width() { return width; }
    double height() { return titleHeight + renderer.height() + legendHeight; }

    void draw(Graphics2D g) {
        if (title != null) {
            g.setPaint(renderer.palette().canvas());
            g.fill(new Rectangle2D.Double(0, 0, width(), titleHeight));
            g.setFont(TITLE);
            g.setPaint(renderer.palette().text());
            Fonts.draw(g, Fonts.fit(g, title, width() - 2 * TreeLayout.MARGIN), (float) TreeLayout.MARGIN, (float) (titleHeight - 12));
        }
        AffineTransform saved = g.getTransform();
        double left = (width - renderer.width()) / 2;
        if (left > 0) {
            g.setPaint(renderer.palette().canvas());
            g.fill(new Rectangle2D.Double(0, titleHeight, width, renderer.height()));
        }
        g.translate(left, titleHeight);
        renderer.draw(g);
        g.setTransform(saved);
        if (legendHeight > 0) {
            double top = titleHeight + renderer.height();
            g.setPaint(renderer.palette().canvas());
            g.fill(new Rectangle2D.Double(0, top, width(), legendHeight));
            renderer.drawLegend(g, LEGEND_INSET, top, width() - 2 * LEGEND_INSET);
        }
    }

    private static double measureLegend(DiagramRenderer renderer, double width) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            DiagramRenderer.enableQuality(g);
            return renderer.legendHeight(g, width - 2 * LEGEND_INSET) + LEGEND_INSET;
        } finally {
            g.dispose();
        }
    }
}
