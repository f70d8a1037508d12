package net.wsustopology.export;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import net.wsustopology.diagram.CardFace;
import net.wsustopology.diagram.CardKind;
import net.wsustopology.diagram.CardText;
import net.wsustopology.diagram.DiagramScene.Card;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.diagram.DetailLevel;
import net.wsustopology.diagram.Marks;
import net.wsustopology.model.Position;
import net.wsustopology.validation.Severity;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Draws a card as the canvas does, from its {@link CardFace}: fill and dashes by kind, the
 * root's top bar, the border and corner mark of the worst finding, the R badge, the texts where
 * {@link CardText} puts them, and the "+N" of a collapsed subtree. A text that would read smaller
 * than {@link DetailLevel#MIN_TEXT} at the picture's zoom is left out, as on the canvas.
 */
final class NodePainter {
    static final float[] DASH = {6f, 4f};
    static final double RADIUS = 12;
    private static final double ROOT_BAR = 5;

    private final TokenColours palette;

    NodePainter(TokenColours palette) { this.palette = palette; }

    void paint(Graphics2D g, Card card, double zoom) {
        boolean svg = g instanceof SVGGraphics2D;
        if (svg) {
            // one group per server, titled with the full host name (a tooltip)
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, "server-" + card.server().id());
            g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, card.face().fullName());
        }
        Rectangle2D box = card.bounds();
        paintFrame(g, card.kind(), card.worst(), box);
        boolean glyphs = DetailLevel.readable(Fonts.BADGE.getSize2D(), zoom);
        if (card.face().replicaBadge()) paintReplicaBadge(g, box, glyphs);
        if (card.face().clientsFromMicrosoftUpdate()) {
            paintMicrosoftUpdateBadge(g, box.getX() + card.face().microsoftUpdateBadgeX(), box.getY(), glyphs);
        }
        if (card.worst() != null) paintSeverityMark(g, card.worst(), box, glyphs);
        paintTexts(g, card.face(), box, zoom);
        if (svg) g.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }

    /** The card's shape, fill, root bar and border; also the legend's swatches. */
    void paintFrame(Graphics2D g, CardKind kind, Severity worst, Rectangle2D box) {
        Shape shape = shapeOf(box);
        g.setPaint(kind == CardKind.REPLICA ? palette.replica() : palette.autonomous());
        g.fill(shape);
        if (kind == CardKind.ROOT) {
            Shape saved = g.getClip();
            g.clip(shape);
            g.setPaint(palette.root());
            g.fill(new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), ROOT_BAR));
            g.setClip(saved);
        }
        g.setPaint(NodeStyle.border(palette, kind, worst));
        g.setStroke(strokeOf(kind, worst));
        g.draw(shape);
    }

    /** Microsoft Update as the canvas draws it: a blue pill with its name in the middle. */
    void paintMicrosoftUpdate(Graphics2D g, Position centre, double zoom) {
        Rectangle2D box = DiagramScene.microsoftUpdateBox(centre);
        g.setPaint(palette.microsoftUpdate());
        g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), box.getHeight(), box.getHeight()));
        if (!DetailLevel.readable(Fonts.NAME.getSize2D(), zoom)) return;
        g.setPaint(palette.surface());
        g.setFont(Fonts.NAME);
        String name = "Microsoft Update";
        Fonts.draw(g, name, (float) (centre.x() - Fonts.width(g, name) / 2.0), (float) (centre.y() + 4));
    }

    static Shape shapeOf(Rectangle2D b) {
        return new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), RADIUS, RADIUS);
    }

    static Stroke strokeOf(CardKind kind, Severity worst) {
        float width = worst == null ? (kind == CardKind.REPLICA ? 2f : 1.5f) : worst == Severity.INFO ? 2.5f : 3f;
        return kind == CardKind.REPLICA
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f)
                : new BasicStroke(width);
    }

    private void paintReplicaBadge(Graphics2D g, Rectangle2D box, boolean glyph) {
        Ellipse2D badge = new Ellipse2D.Double(box.getX() + CardText.BADGE_X, box.getY() + CardText.BADGE_Y, CardText.BADGE, CardText.BADGE);
        g.setPaint(palette.replicaBorder());
        g.fill(badge);
        if (!glyph) return;
        g.setPaint(palette.surface());
        g.setFont(Fonts.BADGE);
        float tx = (float) (badge.getCenterX() - Fonts.width(g, Marks.REPLICA_BADGE) / 2.0);
        Fonts.draw(g, Marks.REPLICA_BADGE, tx, (float) (badge.getCenterY() + 3.5));
    }

    /** The M of a server whose clients download update files from Microsoft Update; also the legend's swatch. */
    void paintMicrosoftUpdateBadge(Graphics2D g, double x, double y) { paintMicrosoftUpdateBadge(g, x, y, true); }

    private void paintMicrosoftUpdateBadge(Graphics2D g, double x, double y, boolean glyph) {
        Ellipse2D badge = new Ellipse2D.Double(x, y + CardText.BADGE_Y, CardText.BADGE, CardText.BADGE);
        g.setPaint(palette.microsoftUpdate());
        g.fill(badge);
        if (!glyph) return;
        g.setPaint(palette.surface());
        g.setFont(Fonts.BADGE);
        String m = CardFace.MICROSOFT_UPDATE_BADGE;
        Fonts.draw(g, m, (float) (badge.getCenterX() - Fonts.width(g, m) / 2.0), (float) (badge.getCenterY() + 3.5));
    }

    private void paintSeverityMark(Graphics2D g, Severity worst, Rectangle2D box, boolean glyphs) {
        Ellipse2D mark = new Ellipse2D.Double(box.getX() - 6, box.getY() - 6, 14, 14);
        g.setPaint(palette.severity(worst));
        g.fill(mark);
        if (!glyphs) return;
        g.setPaint(palette.surface());
        g.setFont(Fonts.BADGE);
        String glyph = Marks.severityMark(worst);
        float tx = (float) (mark.getCenterX() - Fonts.width(g, glyph) / 2.0);
        Fonts.draw(g, glyph, tx, (float) (mark.getY() + 10.5));
    }

    private void paintTexts(Graphics2D g, CardFace face, Rectangle2D box, double zoom) {
        if (DetailLevel.isSummary(zoom)) return;
        CardText.Layout layout = CardText.layout(face, measure(g));
        for (CardText.Line line : layout.lines()) {
            if (!DetailLevel.readable(line.size(), zoom)) continue;
            g.setFont(fontOf(line.bold(), line.size()));
            g.setPaint(line.style() == CardText.Style.HOST ? palette.text() : palette.textMuted());
            Fonts.draw(g, line.text(), (float) (box.getX() + line.x()), (float) (box.getY() + line.baseline()));
        }
        if (!layout.count().isEmpty() && DetailLevel.readable(CardText.COUNT_SIZE, zoom)) {
            Font font = fontOf(true, CardText.COUNT_SIZE);
            g.setFont(font);
            double w = Fonts.width(font, layout.count(), g.getFontRenderContext());
            double x = box.getX() + layout.countRight() - w;
            double baseline = box.getY() + layout.countBaseline();
            g.setPaint(palette.accent());
            Fonts.draw(g, layout.count(), (float) x, (float) baseline);
            if (face.hiddenWorst() != null) {
                g.setPaint(palette.severity(face.hiddenWorst()));
                g.fill(new Ellipse2D.Double(x - 12, baseline - 8, 8, 8));
            }
        }
    }

    /** Widths in the fonts this Graphics2D draws with, so the lines are placed for exactly these glyphs. */
    static CardText.Measure measure(Graphics2D g) {
        FontRenderContext frc = g.getFontRenderContext();
        return (text, bold, size) -> Fonts.width(fontOf(bold, size), text, frc);
    }

    static Font fontOf(boolean bold, double size) {
        return (bold ? Fonts.NAME : Fonts.DETAIL).deriveFont((float) size);
    }
}
