package net.wsustopology.export;

import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import net.wsustopology.export.DiagramScene.Node;
import net.wsustopology.export.DiagramScene.Role;
import net.wsustopology.model.Position;
import net.wsustopology.validation.Severity;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/** Draws server nodes and the Microsoft Update node: shape and border by role, colours by worst finding. */
final class NodePainter {
    static final float[] DASH = {6f, 4f};
    private static final double PAD = 8;
    private static final Font[] NAME_SIZES = {Fonts.NAME, Fonts.NAME.deriveFont(11f), Fonts.NAME.deriveFont(10f)};

    private final Palette palette;

    NodePainter(Palette palette) { this.palette = palette; }

    void paint(Graphics2D g, Node node) {
        boolean svg = g instanceof SVGGraphics2D;
        if (svg) {
            // one group per server, titled with the full host name (a tooltip; the label may be cut)
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, "server-" + node.server().id());
            g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, Fonts.printable(node.server().label()));
        }
        paintNode(g, node);
        if (svg) g.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }

    private void paintNode(Graphics2D g, Node node) {
        Rectangle2D box = node.bounds();
        Shape shape = shapeOf(node.role(), box);
        g.setPaint(fillOf(node.role(), node.worst()));
        g.fill(shape);
        g.setPaint(borderOf(node.role(), node.worst()));
        g.setStroke(strokeOf(node.role(), node.worst()));
        g.draw(shape);
        double badgeWidth = paintBadge(g, node.role(), box);
        if (node.worst() != null) paintSeverityMark(g, node.worst(), box);
        paintLabels(g, node, box, badgeWidth);
    }

    void paintMicrosoftUpdate(Graphics2D g, Position centre) {
        Rectangle2D box = DiagramScene.nodeBox(centre.x(), centre.y());
        Shape shape = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 24, 24);
        g.setPaint(palette.microsoftUpdate());
        g.fill(shape);
        double s = 9;
        double lx = box.getX() + 14;
        double ly = centre.y() - s - 1;
        Color[] logo = {new Color(0xf25022), new Color(0x7fba00), new Color(0x00a4ef), new Color(0xffb900)};
        for (int i = 0; i < 4; i++) {
            g.setPaint(i == 2 ? Color.WHITE : logo[i]);
            g.fill(new Rectangle2D.Double(lx + (i % 2) * (s + 2), ly + (i / 2) * (s + 2), s, s));
        }
        g.setPaint(Color.WHITE);
        g.setFont(Fonts.NAME);
        Fonts.draw(g, "Microsoft Update", (float) (lx + 2 * s + 12), (float) (centre.y() + 4));
    }

    Shape shapeOf(Role role, Rectangle2D b) {
        return switch (role) {
            case ROOT -> b;
            case AUTONOMOUS -> new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), 20, 20);
            case REPLICA -> new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), 6, 6);
        };
    }

    Color fillOf(Role role, Severity worst) { return NodeStyle.fill(palette, role, worst); }

    Color borderOf(Role role, Severity worst) { return NodeStyle.border(palette, role, worst); }

    static Stroke strokeOf(Role role, Severity worst) {
        float width = switch (role) {
            case ROOT -> 3f;
            case AUTONOMOUS -> worst == null ? 1.5f : 2.5f;
            case REPLICA -> worst == null ? 2f : 2.5f;
        };
        return role == Role.REPLICA
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f)
                : new BasicStroke(width);
    }

    /** Draws the role badge in the top right corner and returns the width it takes. */
    private double paintBadge(Graphics2D g, Role role, Rectangle2D box) {
        g.setFont(Fonts.BADGE);
        if (role == Role.ROOT) {
            double w = Fonts.width(g, "ROOT") + 8;
            Rectangle2D badge = new Rectangle2D.Double(box.getMaxX() - w - 4, box.getY() + 4, w, 13);
            g.setPaint(palette.root());
            g.fill(badge);
            g.setPaint(Color.WHITE);
            Fonts.draw(g, "ROOT", (float) (badge.getX() + 4), (float) (badge.getY() + 10));
            return w + 6;
        }
        if (role == Role.REPLICA) {
            Ellipse2D badge = new Ellipse2D.Double(box.getMaxX() - 20, box.getY() + 4, 15, 15);
            g.setPaint(palette.replicaBorder());
            g.fill(badge);
            g.setPaint(Color.WHITE);
            float tx = (float) (badge.getCenterX() - Fonts.width(g, "R") / 2.0);
            Fonts.draw(g, "R", tx, (float) (badge.getY() + 11));
            return 22;
        }
        return 0;
    }

    private void paintSeverityMark(Graphics2D g, Severity worst, Rectangle2D box) {
        Ellipse2D mark = new Ellipse2D.Double(box.getX() - 6, box.getY() - 6, 14, 14);
        g.setPaint(palette.severity(worst));
        g.fill(mark);
        g.setPaint(Color.WHITE);
        g.setFont(Fonts.BADGE);
        String glyph = worst == Severity.INFO ? "i" : "!";
        float tx = (float) (mark.getCenterX() - Fonts.width(g, glyph) / 2.0);
        Fonts.draw(g, glyph, tx, (float) (mark.getY() + 10.5));
    }

    private record Line(String text, Font font, Color color) { }

    /**
     * Host name, site and tier. A host name too long even in a smaller font is split at its first
     * dot (host on one line, domain under it) so the whole name stays readable.
     */
    private void paintLabels(Graphics2D g, Node node, Rectangle2D box, double badgeWidth) {
        String name = Fonts.printable(node.server().label());
        String site = Fonts.printable(node.server().getSite()).trim();
        double room = NODE_WIDTH - 2 * PAD;
        Font nameFont = largestFitting(g, name, room - badgeWidth);
        int dot = name.indexOf('.');
        List<Line> lines = new ArrayList<>(3);
        if (nameFont != null || dot <= 0) {
            lines.add(new Line(name, nameFont == null ? NAME_SIZES[NAME_SIZES.length - 1] : nameFont, palette.text()));
            if (!site.isEmpty()) lines.add(new Line(site, Fonts.DETAIL, palette.text()));
            lines.add(new Line(node.tierLabel(), Fonts.SMALL, palette.textMuted()));
        } else {
            String host = name.substring(0, dot);
            Font hostFont = largestFitting(g, host, room - badgeWidth);
            lines.add(new Line(host, hostFont == null ? NAME_SIZES[NAME_SIZES.length - 1] : hostFont, palette.text()));
            lines.add(new Line(name.substring(dot), Fonts.SMALL, palette.textMuted()));
            lines.add(new Line(site.isEmpty() ? node.tierLabel() : site + " - " + node.tierLabel(), Fonts.DETAIL, palette.text()));
        }
        double lineHeight = 15;
        double top = node.y() - lines.size() * lineHeight / 2 + 11;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            g.setFont(line.font());
            g.setPaint(line.color());
            double width = room - (i == 0 ? badgeWidth : 0);
            Fonts.draw(g, Fonts.fit(g, line.text(), width), (float) (box.getX() + PAD), (float) (top + i * lineHeight));
        }
    }

    /** The largest of the name sizes in which {@code text} fits, or null. */
    private static Font largestFitting(Graphics2D g, String text, double room) {
        for (Font font : NAME_SIZES) {
            g.setFont(font);
            if (Fonts.width(g, text) <= room) return font;
        }
        return null;
    }
}
