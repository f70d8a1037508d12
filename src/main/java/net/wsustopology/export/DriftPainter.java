package net.wsustopology.export;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import net.wsustopology.diagram.ActualLinkPath;
import net.wsustopology.diagram.CardKind;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.diagram.DiagramScene.Card;
import net.wsustopology.diagram.DriftPicture;
import net.wsustopology.diff.DriftKind;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;

/**
 * Draws a comparison over a diagram as the canvas shows it: each card's {@link DriftKind} as a
 * border of the kind's colour (the card's fill, dashes and root bar stay) and a badge with the
 * kind's mark in its top right corner, a planned-only card faded, and the actual links as dashed
 * curves in the colour of a move ({@link ActualLinkPath}). Also the compare key of the report.
 */
public final class DriftPainter {
    private static final float[] LINK_DASH = {7f, 4f};
    private static final double BADGE_RADIUS = 8;
    private static final float FADED = 0.5f;
    private static final double KEY_ROW = 22;

    private final TokenColours palette;
    private final NodePainter nodes;

    public DriftPainter(TokenColours palette) {
        this.palette = palette;
        this.nodes = new NodePainter(palette);
    }

    /** The colour of a kind: token {@code -wsus-drift-<code>}. */
    public Color colourOf(DriftKind kind) { return palette.color("drift-" + kind.code()); }

    void paintLinks(Graphics2D g, DiagramScene scene) {
        DriftPicture drift = scene.drift();
        for (DriftPicture.ActualLink link : drift.actualLinks()) {
            Position from = link.upstream() == null ? scene.microsoftUpdate() : centreOf(scene, link.upstream());
            Position to = centreOf(scene, link.downstream());
            if (from == null || to == null) continue;
            paintLink(g, ActualLinkPath.between(from.x(), from.y(), to.x(), to.y()));
        }
    }

    private void paintLink(Graphics2D g, ActualLinkPath p) {
        g.setPaint(colourOf(DriftKind.MOVED));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, LINK_DASH, 0f));
        g.draw(new CubicCurve2D.Double(p.x1(), p.y1(), p.c1x(), p.c1y(), p.c2x(), p.c2y(), p.x2(), p.y2()));
        g.setStroke(new BasicStroke(2f));
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(p.wingA()[0], p.wingA()[1]);
        arrow.lineTo(p.x2(), p.y2());
        arrow.lineTo(p.wingB()[0], p.wingB()[1]);
        g.draw(arrow);
        g.setFont(Fonts.SMALL);
        Fonts.draw(g, ActualLinkPath.LABEL, (float) p.labelX(), (float) p.labelY());
    }

    /** Paints a card under its mark: faded when planned only, then the border and the badge of its kind. */
    void paint(Graphics2D g, Card card, DriftKind kind, Runnable paintCard) {
        if (kind == null) {
            paintCard.run();
            return;
        }
        Composite saved = g.getComposite();
        if (kind == DriftKind.PLANNED_ONLY) g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, FADED));
        paintCard.run();
        Rectangle2D box = card.bounds();
        if (kind != DriftKind.SAME) {
            g.setPaint(colourOf(kind));
            g.setStroke(border(card.kind()));
            g.draw(NodePainter.shapeOf(box));
        }
        drawBadge(g, kind, box.getMaxX() - 1, box.getY() + 1);
        g.setComposite(saved);
    }

    private static Stroke border(CardKind kind) {
        return kind == CardKind.REPLICA
                ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, NodePainter.DASH, 0f)
                : new BasicStroke(2.5f);
    }

    /** The round badge of a kind with its mark, centred at (cx, cy). */
    public void drawBadge(Graphics2D g, DriftKind kind, double cx, double cy) {
        g.setPaint(colourOf(kind));
        g.fill(new Ellipse2D.Double(cx - BADGE_RADIUS, cy - BADGE_RADIUS, 2 * BADGE_RADIUS, 2 * BADGE_RADIUS));
        g.setPaint(palette.surface());
        g.setFont(Fonts.BADGE.deriveFont(10f));
        Fonts.draw(g, kind.mark(), (float) (cx - Fonts.width(g, kind.mark()) / 2.0), (float) (cy + 3.5));
    }

    /** Height of the compare key flowed into {@code width}. */
    public double keyHeight(Graphics2D g, double width) { return flow(g, 0, 0, width, false); }

    /** The compare key: each kind's badge and words, then the planned and the actual link; top left at (x, y). */
    public void drawKey(Graphics2D g, double x, double y, double width) { flow(g, x, y, width, true); }

    private double flow(Graphics2D g, double x, double y, double width, boolean draw) {
        g.setFont(Fonts.SMALL);
        double at = x;
        double row = y;
        for (KeyItem item : keyItems()) {
            double w = 34 + Fonts.width(g, item.words()) + 18;
            if (at > x && at + w > x + width) {
                at = x;
                row += KEY_ROW;
            }
            if (draw) {
                double mid = row + KEY_ROW / 2;
                if (item.kind() != null) {
                    drawBadge(g, item.kind(), at + 14, mid);
                } else {
                    g.setPaint(item.actual() ? colourOf(DriftKind.MOVED) : palette.edge());
                    g.setStroke(item.actual() ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, LINK_DASH, 0f)
                            : new BasicStroke(1.5f));
                    g.draw(new Line2D.Double(at, mid, at + 28, mid));
                }
                g.setPaint(palette.text());
                g.setFont(Fonts.SMALL);
                Fonts.draw(g, item.words(), (float) (at + 34), (float) (mid + 3.5));
            }
            at += w;
        }
        return row - y + KEY_ROW;
    }

    private record KeyItem(DriftKind kind, boolean actual, String words) { }

    private static List<KeyItem> keyItems() {
        List<KeyItem> items = new ArrayList<>();
        for (DriftKind k : DriftKind.values()) items.add(new KeyItem(k, false, k.words()));
        items.add(new KeyItem(null, false, DriftPicture.PLANNED_LINK));
        items.add(new KeyItem(null, true, DriftPicture.ACTUAL_LINK));
        return items;
    }

    private static Position centreOf(DiagramScene scene, Server s) {
        for (Card c : scene.cards()) if (c.server() == s) return new Position(c.x(), c.y());
        return null;
    }
}
