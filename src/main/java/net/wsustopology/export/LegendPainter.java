package net.wsustopology.export;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import net.wsustopology.diagram.CardKind;
import net.wsustopology.diagram.CardText;
import net.wsustopology.diagram.Legend;
import net.wsustopology.diagram.LinkFace;
import net.wsustopology.validation.Severity;

/** The key to a diagram ({@link Legend}'s items), flowed into rows of a given width. */
public final class LegendPainter {
    private static final double SWATCH_W = 30;
    private static final double SWATCH_H = 16;
    private static final double ROW = 24;
    private static final double ITEM_GAP = 20;
    private static final double TITLE_ROW = 20;

    private final TokenColours palette;
    private final NodePainter nodes;
    private final EdgePainter edges;

    public LegendPainter(TokenColours palette) {
        this.palette = palette;
        this.nodes = new NodePainter(palette);
        this.edges = new EdgePainter(palette);
    }

    /** Height the legend needs when flowed into {@code width}. */
    public double height(Graphics2D g, double width) {
        return TITLE_ROW + rows(g, width) * ROW + 8;
    }

    public void draw(Graphics2D g, double x, double y, double width) {
        double height = height(g, width);
        g.setPaint(palette.surfaceAlt());
        g.fill(new Rectangle2D.Double(x, y, width, height));
        g.setPaint(palette.border());
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x, y, width, height));
        g.setFont(Fonts.NAME);
        g.setPaint(palette.text());
        Fonts.draw(g, Legend.TITLE, (float) (x + 10), (float) (y + 16));
        double cx = x + 10;
        double cy = y + TITLE_ROW + 4;
        for (Legend.Item item : Legend.items(false)) {
            double w = itemWidth(g, item);
            if (cx + w > x + width - 10 && cx > x + 10) {
                cx = x + 10;
                cy += ROW;
            }
            drawSwatch(g, item, new Rectangle2D.Double(cx, cy, SWATCH_W, SWATCH_H));
            g.setFont(Fonts.DETAIL);
            g.setPaint(palette.text());
            Fonts.draw(g, item.text(), (float) (cx + SWATCH_W + 6), (float) (cy + 12));
            cx += w + ITEM_GAP;
        }
    }

    private int rows(Graphics2D g, double width) {
        int rows = 1;
        double cx = 10;
        for (Legend.Item item : Legend.items(false)) {
            double w = itemWidth(g, item);
            if (cx + w > width - 10 && cx > 10) {
                rows++;
                cx = 10;
            }
            cx += w + ITEM_GAP;
        }
        return rows;
    }

    private double itemWidth(Graphics2D g, Legend.Item item) {
        g.setFont(Fonts.DETAIL);
        return SWATCH_W + 6 + Fonts.width(g, item.text());
    }

    private void drawSwatch(Graphics2D g, Legend.Item item, Rectangle2D r) {
        switch (item.swatch()) {
            case MICROSOFT_UPDATE -> {
                g.setPaint(palette.microsoftUpdate());
                g.fill(r);
            }
            case CLIENTS_FROM_MU -> nodes.paintMicrosoftUpdateBadge(g, r.getCenterX() - CardText.BADGE / 2, r.getY() - CardText.BADGE_Y);
            case LINK -> line(g, r, new LinkFace("", false, false));
            case REPLICA_LINK -> line(g, r, new LinkFace("", false, true));
            case SSL_LINK -> line(g, r, new LinkFace("", true, false));
            case MISSING_UPSTREAM -> edges.paintMissingSwatch(g, r);
            default -> node(g, item.swatch().cardKind(), item.swatch().severity(), r);
        }
    }

    private void node(Graphics2D g, CardKind kind, Severity severity, Rectangle2D r) {
        nodes.paintFrame(g, kind, severity, r);
    }

    private void line(Graphics2D g, Rectangle2D r, LinkFace face) {
        edges.paintSample(g, face, r.getX(), r.getMaxX(), r.getCenterY());
    }
}
