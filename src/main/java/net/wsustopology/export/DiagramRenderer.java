package net.wsustopology.export;

import net.wsustopology.diagram.DiagramScene;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.wsustopology.diagram.DiagramScene.Link;
import net.wsustopology.diagram.DiagramScene.Card;
import net.wsustopology.diagram.DetailLevel;
import net.wsustopology.diagram.DriftPicture;
import net.wsustopology.diagram.SummaryScene;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;

/**
 * Draws a plan onto any Graphics2D (PNG, SVG, PDF): links first, then their labels, then the
 * Microsoft Update node and the server nodes on top. Drawing starts at (0, 0) with the
 * scene's bounds moved there, so the picture is {@link #width()} by {@link #height()} units.
 * At a zoom where cards cannot be read, it draws the summary level ({@link SummaryScene}) the
 * canvas shows at that zoom, and no text that would read smaller than {@link DetailLevel#MIN_TEXT}.
 */
public final class DiagramRenderer {
    private final DiagramScene scene;
    private final TokenColours palette;
    private final NodePainter nodes;
    private final EdgePainter edges;
    private final DriftPainter drift;

    public DiagramRenderer(DiagramScene scene, TokenColours palette) {
        this.scene = scene;
        this.palette = palette;
        this.nodes = new NodePainter(palette);
        this.edges = new EdgePainter(palette);
        this.drift = new DriftPainter(palette);
    }

    public static DiagramRenderer of(Topology topology, LayoutResult layout, List<Finding> findings, TokenColours palette) {
        return new DiagramRenderer(DiagramScene.of(topology, layout, findings), palette);
    }

    public static DiagramRenderer of(Topology topology, LayoutResult layout, Map<String, Severity> worst, TokenColours palette) {
        return new DiagramRenderer(DiagramScene.of(topology, layout, worst), palette);
    }

    public DiagramScene scene() { return scene; }
    public TokenColours palette() { return palette; }
    public double width() { return scene.bounds().getWidth(); }
    public double height() { return scene.bounds().getHeight(); }

    /** The whole scene on its canvas colour, its top left corner at (0, 0), every card in full. */
    public void draw(Graphics2D g) { draw(g, 1); }

    /**
     * The whole scene as it reads at {@code zoom} (screen pixels per diagram unit): at full detail
     * while cards read, else at the summary level.
     */
    public void draw(Graphics2D g, double zoom) {
        enableQuality(g);
        DriftPicture drift = scene.drift();
        // a comparison's marks are about single servers: it is drawn in full at any size
        SummaryScene summary = drift != null ? SummaryScene.full() : summaryAt(zoom);
        AffineTransform saved = g.getTransform();
        g.setPaint(palette.canvas());
        g.fill(new Rectangle2D.Double(0, 0, width(), height()));
        Rectangle2D b = scene.bounds();
        g.translate(-b.getX(), -b.getY());
        Rectangle2D visible = g.getClipBounds();
        double cardZoom = drift != null ? 1 : zoom;
        drawLinks(g, visible, summary, cardZoom);
        if (drift != null) this.drift.paintLinks(g, scene);
        if (scene.microsoftUpdate() != null) nodes.paintMicrosoftUpdate(g, scene.microsoftUpdate(), cardZoom);
        for (Card n : scene.cards()) {
            if (summary.hidesCard(n.server()) || !isVisible(visible, grown(n.bounds()))) continue;
            if (drift == null) nodes.paint(g, n, cardZoom);
            else this.drift.paint(g, n, drift.kindOf(n.server()), () -> nodes.paint(g, n, cardZoom));
        }
        if (summary.isSummary()) new SummaryPainter(palette).paint(g, summary, zoom);
        g.setTransform(saved);
    }

    /** What {@link #draw(Graphics2D, double)} shows at {@code zoom} instead of cards, with texts measured as drawn. */
    public SummaryScene summaryAt(double zoom) { return SummaryScene.of(scene, zoom, SummaryPainter.measure(zoom)); }

    /** Lines first, labels over them, so no line runs through a label; parts outside the clip are skipped. */
    private void drawLinks(Graphics2D g, Rectangle2D visible, SummaryScene summary, double zoom) {
        List<Link> shown = new ArrayList<>();
        for (Link e : scene.links()) {
            if (!summary.foldsAway(e.downstream().server()) && isVisible(visible, edges.area(e, scene))) shown.add(e);
        }
        for (Link e : shown) edges.paintLine(g, e, scene);
        if (!DetailLevel.readable(Fonts.SMALL.getSize2D(), zoom)) return;
        for (Link e : shown) edges.paintLabel(g, e, scene);
        for (Card n : scene.cards()) {
            if (n.missingUpstream() != null && isVisible(visible, n.areaWithStub())) edges.paintMissingUpstream(g, n);
        }
    }

    private static boolean isVisible(Rectangle2D visible, Rectangle2D area) { return visible == null || visible.intersects(area); }

    /** The legend flowed into {@code width}, its top left corner at (x, y). */
    public void drawLegend(Graphics2D g, double x, double y, double width) {
        enableQuality(g);
        new LegendPainter(palette).draw(g, x, y, width);
    }

    public double legendHeight(Graphics2D g, double width) { return new LegendPainter(palette).height(g, width); }

    /** Room for the severity mark that sticks out of a node's corner. */
    private static Rectangle2D grown(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() - 8, r.getY() - 8, r.getWidth() + 16, r.getHeight() + 16);
    }

    static void enableQuality(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }
}
