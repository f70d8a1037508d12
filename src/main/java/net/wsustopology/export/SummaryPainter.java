package net.wsustopology.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import net.wsustopology.diagram.Box;
import net.wsustopology.diagram.CardKind;
import net.wsustopology.diagram.CardText;
import net.wsustopology.diagram.DetailLevel;
import net.wsustopology.diagram.SummaryScene;
import net.wsustopology.validation.Severity;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Draws the titles and folded group cards of a {@link SummaryScene} as the canvas does: boxes,
 * borders and texts keep their screen size whatever the zoom, so sizes here are in pixels and
 * divided by the zoom. Where they go and what they say is {@link DetailLevel}'s.
 */
final class SummaryPainter {
    private static final double RADIUS = 4;
    private static final double ROOT_BAR = 4;
    private static final float[] GROUP_DASH = {5f, 3f};

    private final TokenColours palette;

    SummaryPainter(TokenColours palette) { this.palette = palette; }

    void paint(Graphics2D g, SummaryScene summary, double zoom) {
        for (SummaryScene.Folded f : summary.groups()) {
            begin(g, "group-" + f.group().upstream().id(), f.face().title() + " below " + f.group().upstream().label());
            paintBox(g, f.label().box(), palette.surfaceAlt(), null, f.face().worst(), true, zoom);
            paintLines(g, f.label());
            end(g);
        }
        for (SummaryScene.Title t : summary.titles()) {
            begin(g, "title-" + t.card().server().id(), t.card().face().fullName());
            CardKind kind = t.card().kind();
            paintBox(g, t.label().box(), kind == CardKind.REPLICA ? palette.replica() : palette.autonomous(), kind,
                    t.card().worst(), false, zoom);
            paintLines(g, t.label());
            end(g);
        }
    }

    private void paintBox(Graphics2D g, Box b, Color fill, CardKind kind, Severity worst, boolean dashed, double zoom) {
        double r = RADIUS / zoom;
        Shape shape = new RoundRectangle2D.Double(b.x0(), b.y0(), b.width(), b.height(), 2 * r, 2 * r);
        g.setPaint(fill);
        g.fill(shape);
        if (kind == CardKind.ROOT) {
            Shape saved = g.getClip();
            g.clip(shape);
            g.setPaint(palette.root());
            g.fill(new Rectangle2D.Double(b.x0(), b.y0(), ROOT_BAR / zoom, b.height()));
            g.setClip(saved);
        }
        g.setPaint(worst != null ? palette.severity(worst) : kind == null ? palette.border() : NodeStyle.border(palette, kind, null));
        float width = (float) ((worst == null ? 1.5 : worst == Severity.INFO ? 2 : 2.5) / zoom);
        g.setStroke(dashed
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {(float) (GROUP_DASH[0] / zoom), (float) (GROUP_DASH[1] / zoom)}, 0f)
                : new BasicStroke(width));
        g.draw(shape);
    }

    private void paintLines(Graphics2D g, DetailLevel.Label label) {
        for (DetailLevel.Text line : label.lines()) {
            g.setFont(NodePainter.fontOf(line.bold(), drawnSize(line.size())));
            g.setPaint(line.bold() ? palette.text() : palette.textMuted());
            Fonts.draw(g, line.text(), (float) line.x(), (float) line.baseline());
        }
    }

    /**
     * The font size a text of {@code size} diagram units is drawn in: whole units, rounded up, as
     * SVG writes whole pixels and a size rounded down could read below {@link DetailLevel#MIN_TEXT}.
     */
    static double drawnSize(double size) { return Math.ceil(size - 1e-6); }

    /** Widths in screen pixels at {@code zoom} of texts drawn in {@link #drawnSize}, for {@link DetailLevel} to lay out. */
    static CardText.Measure measure(double zoom) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        return (text, bold, size) -> Fonts.width(NodePainter.fontOf(bold, drawnSize(size / zoom)), text, frc) * zoom;
    }

    private static void begin(Graphics2D g, String id, String tooltip) {
        if (!(g instanceof SVGGraphics2D)) return;
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, id);
        g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, tooltip);
    }

    private static void end(Graphics2D g) {
        if (g instanceof SVGGraphics2D) g.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }
}
