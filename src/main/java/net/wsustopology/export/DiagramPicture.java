package net.wsustopology.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.DoubleBinaryOperator;
import net.wsustopology.layout.TreeLayout;

/**
 * What PNG and SVG exports show: the diagram, with a title strip above it when a title was
 * given and the legend under it when asked for. A picture narrower than 16:9 (a small plan) is
 * widened to that shape with the diagram in the middle, as the layout is made for a wide screen.
 * The picture is shown at a zoom (pixels per diagram unit) its exporter picks for its size; the
 * diagram is drawn at the level of detail of that zoom, and below 1 the title and the legend are
 * enlarged to keep their size in pixels, so they stay readable on a big plan's small picture.
 */
final class DiagramPicture {
    private static final Font TITLE = Fonts.of(Font.BOLD, 20);
    private static final double TITLE_HEIGHT = 44;
    /** The legend box is inset so that its border is not cut at the picture's edge. */
    private static final double LEGEND_INSET = 8;
    /** A zoom found again differs from the one the title and legend were sized for by less than this share. */
    private static final double SETTLED = 0.005;

    private final DiagramRenderer renderer;
    private final String title;
    private final boolean legend;
    private double chrome = 1;
    private double titleHeight;
    private double width;
    private double legendHeight;
    private final double zoom;

    /** The picture at the zoom {@code zoomFor} picks for a picture of a width and height in diagram units. */
    DiagramPicture(DiagramRenderer renderer, ExportOptions options, DoubleBinaryOperator zoomFor) {
        this.renderer = renderer;
        this.title = options.title() == null || options.title().isBlank() ? null : Fonts.printable(options.title());
        this.legend = options.legend();
        size();
        double z = zoomFor.applyAsDouble(width, height());
        for (int i = 0; i < 5 && z < 1 && Math.abs(z * chrome - 1) > SETTLED; i++) {
            chrome = 1 / z;
            size();
            z = zoomFor.applyAsDouble(width, height());
        }
        this.zoom = z;
    }

    private void size() {
        titleHeight = title == null ? 0 : TITLE_HEIGHT * chrome;
        double narrowLegend = legend ? measureLegend(renderer, renderer.width() / chrome) * chrome : 0;
        width = Math.max(renderer.width(), TreeLayout.DEFAULT_ASPECT.value() * (titleHeight + renderer.height() + narrowLegend));
        legendHeight = legend ? measureLegend(renderer, width / chrome) * chrome : 0;
    }

    double width() { return width; }
    double height() { return titleHeight + renderer.height() + legendHeight; }
    /** Pixels per diagram unit the picture is shown at. */
    double zoom() { return zoom; }

    void draw(Graphics2D g) {
        AffineTransform saved = g.getTransform();
        if (title != null) {
            g.setPaint(renderer.palette().canvas());
            g.fill(new Rectangle2D.Double(0, 0, width(), titleHeight));
            g.scale(chrome, chrome);
            g.setFont(TITLE);
            g.setPaint(renderer.palette().text());
            Fonts.draw(g, Fonts.fit(g, title, width() / chrome - 2 * TreeLayout.MARGIN), (float) TreeLayout.MARGIN, (float) (TITLE_HEIGHT - 12));
            g.setTransform(saved);
        }
        double left = (width - renderer.width()) / 2;
        if (left > 0) {
            g.setPaint(renderer.palette().canvas());
            g.fill(new Rectangle2D.Double(0, titleHeight, width, renderer.height()));
        }
        g.translate(left, titleHeight);
        renderer.draw(g, zoom);
        g.setTransform(saved);
        if (legendHeight > 0) {
            double top = titleHeight + renderer.height();
            g.setPaint(renderer.palette().canvas());
            g.fill(new Rectangle2D.Double(0, top, width(), legendHeight));
            g.scale(chrome, chrome);
            renderer.drawLegend(g, LEGEND_INSET, top / chrome, width() / chrome - 2 * LEGEND_INSET);
            g.setTransform(saved);
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
