package net.wsustopology.export;

import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Arc2D;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import net.wsustopology.diagram.DiagramScene.Link;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.diagram.Marks;
import net.wsustopology.model.Position;
import net.wsustopology.validation.Severity;

/** Draws upstream links: a line with an arrow into the downstream, dashed for replicas, labelled with port and SSL. */
final class EdgePainter {
    private static final Stroke SOLID = new BasicStroke(1.5f);
    private static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, NodePainter.DASH, 0f);
    /** Labels sit just above the downstream node, inside the gap between rows. */
    private static final double LABEL_ABOVE = 15;
    private static final double BACK_BULGE = Link.BACK_BULGE;

    private final TokenColours palette;

    EdgePainter(TokenColours palette) { this.palette = palette; }

    void paintBundle(Graphics2D g, EdgeBundle bundle) {
        g.setPaint(palette.edge());
        g.setStroke(SOLID);
        for (Line2D line : bundle.trunk()) g.draw(line);
        for (Link e : bundle.edges()) {
            Line2D drop = bundle.drop(e);
            g.setStroke(e.replica() ? DASHED : SOLID);
            g.draw(drop);
            paintArrowHead(g, new double[] {drop.getX1(), drop.getY1(), drop.getX2(), drop.getY2()});
        }
    }

    void paintBundleLabels(Graphics2D g, EdgeBundle bundle) {
        for (Link e : bundle.edges()) {
            Line2D drop = bundle.drop(e);
            paintLabelAt(g, e, drop.getX2(), drop.getY2() - LABEL_ABOVE + 2);
        }
    }

    void paintLine(Graphics2D g, Link e, Position microsoftUpdate) {
        double[] ends = ends(e, microsoftUpdate);
        if (ends == null) return;
        g.setPaint(palette.edge());
        g.setStroke(e.replica() ? DASHED : SOLID);
        if (e.runsBack()) {
            double[] side = sideEnds(e);
            g.draw(backCurve(side));
            paintArrowHead(g, new double[] {side[2] + BACK_BULGE / 2, side[3], side[2], side[3]});
            return;
        }
        g.draw(new Line2D.Double(ends[0], ends[1], ends[2], ends[3]));
        paintArrowHead(g, ends);
    }

    /** Right middle of the upstream and of the downstream, for a link drawn as a curve on the right. */
    private static double[] sideEnds(Link e) {
        double half = NODE_WIDTH / 2;
        return new double[] {e.upstream().x() + half, e.upstream().y(), e.downstream().x() + half, e.downstream().y()};
    }

    private static CubicCurve2D backCurve(double[] side) {
        double bulge = Math.max(side[0], side[2]) + BACK_BULGE;
        return new CubicCurve2D.Double(side[0], side[1], bulge, side[1], bulge, side[3], side[2], side[3]);
    }

    void paintLabel(Graphics2D g, Link e, Position microsoftUpdate) {
        double[] ends = ends(e, microsoftUpdate);
        if (ends == null || e.label().isEmpty()) return;
        if (e.runsBack()) {
            double[] side = sideEnds(e);
            CubicCurve2D curve = backCurve(side);
            paintLabelAt(g, e, (curve.getX1() + 3 * curve.getCtrlX1() + 3 * curve.getCtrlX2() + curve.getX2()) / 8, (side[1] + side[3]) / 2);
            return;
        }
        double dy = ends[3] - ends[1];
        boolean downwards = dy > 2 * LABEL_ABOVE;
        double labelY = downwards ? ends[3] - LABEL_ABOVE : (ends[1] + ends[3]) / 2;
        double t = downwards ? (labelY - ends[1]) / dy : 0.5;
        double labelX = ends[0] + (ends[2] - ends[0]) * t;
        paintLabelAt(g, e, labelX, labelY);
    }

    private void paintLabelAt(Graphics2D g, Link e, double labelX, double labelY) {
        if (e.label().isEmpty()) return;
        g.setFont(Fonts.SMALL);
        double textWidth = Fonts.width(g, e.label());
        double lockWidth = e.ssl() ? 10 : 0;
        double width = textWidth + lockWidth + 8;
        Rectangle2D pill = new Rectangle2D.Double(labelX - width / 2, labelY - 7, width, 14);
        g.setPaint(palette.surface());
        g.fill(new RoundRectangle2D.Double(pill.getX(), pill.getY(), pill.getWidth(), pill.getHeight(), 8, 8));
        double x = pill.getX() + 4;
        if (e.ssl()) {
            paintLock(g, x, labelY);
            x += lockWidth;
        }
        g.setPaint(palette.textMuted());
        Fonts.draw(g, e.label(), (float) x, (float) (labelY + 3.5));
    }

    /** A dashed stub up from a server whose upstream is missing, ending in the missing id. */
    void paintMissingUpstream(Graphics2D g, DiagramScene.Card n) {
        double top = n.y() - NODE_HEIGHT / 2;
        double end = top - DiagramScene.MISSING_STUB;
        g.setPaint(palette.severity(Severity.ERROR));
        g.setStroke(DASHED);
        g.draw(new Line2D.Double(n.x(), end, n.x(), top));
        paintArrowHead(g, new double[] {n.x(), end, n.x(), top});
        String text = Marks.missingUpstream(n.missingUpstream());
        g.setFont(Fonts.SMALL);
        double w = Fonts.width(g, text) + 8;
        g.setPaint(palette.surface());
        g.fill(new RoundRectangle2D.Double(n.x() - w / 2, end - 14, w, 14, 8, 8));
        g.setPaint(palette.severity(Severity.ERROR));
        Fonts.draw(g, Fonts.fit(g, Fonts.printable(text), 2 * NODE_WIDTH), (float) (n.x() - w / 2 + 4), (float) (end - 3.5));
    }

    /** The legend's swatch of a missing upstream: the stub's dashed line, across. */
    void paintMissingSwatch(Graphics2D g, Rectangle2D r) {
        g.setPaint(palette.severity(Severity.ERROR));
        g.setStroke(DASHED);
        g.draw(new Line2D.Double(r.getX(), r.getCenterY(), r.getMaxX(), r.getCenterY()));
    }

    /** A small padlock glyph drawn as shapes, so it shows in every format and font. */
    void paintLock(Graphics2D g, double x, double centreY) {
        g.setPaint(palette.ok());
        g.fill(new Rectangle2D.Double(x, centreY - 1, 7, 5.5));
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Arc2D.Double(x + 1.2, centreY - 5.5, 4.6, 7, 0, 180, Arc2D.OPEN));
    }

    private void paintArrowHead(Graphics2D g, double[] ends) {
        double dx = ends[2] - ends[0];
        double dy = ends[3] - ends[1];
        double len = Math.hypot(dx, dy);
        if (len < 1) return;
        double ux = dx / len;
        double uy = dy / len;
        double size = 7;
        Path2D head = new Path2D.Double();
        head.moveTo(ends[2], ends[3]);
        head.lineTo(ends[2] - ux * size - uy * size / 2, ends[3] - uy * size + ux * size / 2);
        head.lineTo(ends[2] - ux * size + uy * size / 2, ends[3] - uy * size - ux * size / 2);
        head.closePath();
        g.fill(head);
    }

    /** The area a link and its label cover, for skipping links outside the visible part. */
    Rectangle2D area(Link e, Position microsoftUpdate) {
        double[] ends = ends(e, microsoftUpdate);
        if (ends == null) return new Rectangle2D.Double();
        Rectangle2D r = new Rectangle2D.Double(Math.min(ends[0], ends[2]), Math.min(ends[1], ends[3]),
                Math.abs(ends[2] - ends[0]), Math.abs(ends[3] - ends[1]));
        if (e.runsBack()) r.add(backCurve(sideEnds(e)).getBounds2D());
        return new Rectangle2D.Double(r.getX() - 60, r.getY() - 20, r.getWidth() + 120, r.getHeight() + 40);
    }

    /** x1, y1 (bottom centre of the upstream), x2, y2 (top centre of the downstream); null if nothing to draw. */
    private static double[] ends(Link e, Position microsoftUpdate) {
        Position from = e.upstream() == null ? microsoftUpdate : new Position(e.upstream().x(), e.upstream().y());
        if (from == null) return null;
        return new double[] {from.x(), from.y() + NODE_HEIGHT / 2, e.downstream().x(), e.downstream().y() - NODE_HEIGHT / 2};
    }
}
