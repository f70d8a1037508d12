package net.wsustopology.export.pdf;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import net.wsustopology.export.DiagramRenderer;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.export.Fonts;
import net.wsustopology.export.PageSize;
import net.wsustopology.export.TokenColours;
import net.wsustopology.model.Server;
import java.util.IdentityHashMap;
import java.util.Map;
import net.wsustopology.diagram.Box;
import net.wsustopology.diagram.DetailLevel;
import net.wsustopology.diagram.SummaryScene;

/** Draws diagrams onto PDF pages: fitted into an area, or one tile of a larger drawing. */
final class DiagramPages {
    private static final Font HEADING = Fonts.of(Font.BOLD, 14);
    private static final Font NOTE = Fonts.of(Font.PLAIN, 9);
    private static final Font MARKER = Fonts.of(Font.BOLD, 7);
    private static final double MARKER_HEIGHT = 9;

    private final TokenColours palette;
    private final PageSize size;

    DiagramPages(TokenColours palette, PageSize size) {
        this.palette = palette;
        this.size = size;
    }

    static Rectangle2D detailArea(PageSize size) {
        double top = PdfPages.MARGIN + 44;
        return new Rectangle2D.Double(PdfPages.MARGIN, top, PdfPages.contentWidth(size), PdfPages.bottom(size) - 16 - top);
    }

    /**
     * The zoom (screen pixels per diagram unit) whose level of detail a page at {@code scale}
     * points per unit shows: cards are readable on paper from {@link DiagramPlan#READABLE}, where
     * their host line prints at about 6 points, as on screen from {@link DetailLevel#CARDS_READABLE}.
     */
    static double printedZoom(double scale) { return scale * DetailLevel.CARDS_READABLE / DiagramPlan.READABLE; }

    /** The whole scene scaled into {@code area} and centred, in full; returns the transform from scene to page. */
    AffineTransform drawFitted(Graphics2D g, DiagramScene scene, Rectangle2D area, double maxScale) {
        return drawFitted(g, scene, area, maxScale, false);
    }

    /**
     * The whole scene scaled into {@code area} and centred, at the summary level when {@code summary}
     * and its cards could not be read; returns the transform from scene to page.
     */
    AffineTransform drawFitted(Graphics2D g, DiagramScene scene, Rectangle2D area, double maxScale, boolean summary) {
        Rectangle2D b = scene.bounds();
        double scale = Math.min(DiagramPlan.fit(b, area), maxScale);
        double x = area.getX() + (area.getWidth() - b.getWidth() * scale) / 2;
        double y = area.getY() + (area.getHeight() - b.getHeight() * scale) / 2;
        AffineTransform t = new AffineTransform();
        t.translate(x, y);
        t.scale(scale, scale);
        draw(g, scene, t, new Rectangle2D.Double(x, y, b.getWidth() * scale, b.getHeight() * scale), summary ? printedZoom(scale) : 1);
        t.translate(-b.getX(), -b.getY());
        return t;
    }

    /** Every page of a detail unit, with its heading and links to the neighbouring tiles. */
    void drawUnit(PdfPages pages, DiagramPlan.Unit unit) throws IOException {
        Rectangle2D area = detailArea(size);
        Rectangle2D b = unit.scene().bounds();
        for (int row = 0; row < unit.rows(); row++) {
            for (int column = 0; column < unit.columns(); column++) {
                Graphics2D g = pages.newPage();
                heading(g, unit, column, row);
                double tileW = area.getWidth() / unit.scale();
                double tileH = area.getHeight() / unit.scale();
                double usedW = Math.min(tileW, b.getWidth() - column * tileW) * unit.scale();
                double usedH = Math.min(tileH, b.getHeight() - row * tileH) * unit.scale();
                double x = unit.pages() == 1 ? area.getX() + (area.getWidth() - usedW) / 2 : area.getX();
                AffineTransform t = new AffineTransform();
                t.translate(x, area.getY());
                t.scale(unit.scale(), unit.scale());
                t.translate(-column * tileW, -row * tileH);
                Rectangle2D clip = new Rectangle2D.Double(x, area.getY(), usedW, usedH);
                draw(g, unit.scene(), t, clip, 1);
                subtreeMarkers(g, unit, t, clip);
                continuations(g, unit, column, row, area);
            }
        }
    }

    private void heading(Graphics2D g, DiagramPlan.Unit unit, int column, int row) {
        g.setFont(HEADING);
        g.setPaint(palette.text());
        Fonts.draw(g, unit.heading(), (float) PdfPages.MARGIN, (float) (PdfPages.MARGIN + 14));
        g.setFont(NOTE);
        g.setPaint(palette.textMuted());
        String note = unit.fromPage() == 1 ? "Continued from the overview on page 1."
                : "Continued from page " + unit.fromPage() + ".";
        if (unit.pages() > 1) {
            note += " Part " + (row * unit.columns() + column + 1) + " of " + unit.pages() + " (row " + (row + 1)
                    + ", column " + (column + 1) + ").";
        }
        Fonts.draw(g, note, (float) PdfPages.MARGIN, (float) (PdfPages.MARGIN + 30));
    }

    private void continuations(Graphics2D g, DiagramPlan.Unit unit, int column, int row, Rectangle2D area) {
        g.setFont(NOTE);
        g.setPaint(palette.accent());
        StringBuilder text = new StringBuilder();
        if (column > 0) text.append("continued left on page ").append(unit.pageOf(column - 1, row)).append("   ");
        if (column + 1 < unit.columns()) text.append("continued right on page ").append(unit.pageOf(column + 1, row)).append("   ");
        if (row > 0) text.append("continued above on page ").append(unit.pageOf(column, row - 1)).append("   ");
        if (row + 1 < unit.rows()) text.append("continued below on page ").append(unit.pageOf(column, row + 1));
        if (text.length() > 0) Fonts.draw(g, text.toString().trim(), (float) area.getX(), (float) (area.getMaxY() + 12));
    }

    /** "continued on page N" on each server whose subtree continues on another page. */
    private void subtreeMarkers(Graphics2D g, DiagramPlan.Unit unit, AffineTransform tileTransform, Rectangle2D clip) {
        if (unit.continued().isEmpty()) return;
        AffineTransform sceneToPage = new AffineTransform(tileTransform);
        sceneToPage.translate(-unit.scene().bounds().getX(), -unit.scene().bounds().getY());
        for (DiagramScene.Card n : unit.scene().cards()) {
            Integer page = unit.continued().get(n.server().id());
            if (page != null) marker(g, "continued on page " + page, n.bounds(), sceneToPage, clip);
        }
    }

    /** "p. N" on each root of the overview that has a detail page. */
    void rootMarkers(Graphics2D g, DiagramScene scene, DiagramPlan plan, AffineTransform sceneToPage) {
        for (DiagramScene.Card n : scene.cards()) {
            Server s = n.server();
            DiagramPlan.Unit unit = s.isSyncFromUpstream() ? null : plan.unitOf(s);
            if (unit != null) marker(g, "p. " + unit.firstPage(), n.bounds(), sceneToPage, null);
        }
    }

    /**
     * "p. N" on the overview at the summary level, for every server whose subtree has detail
     * pages: inside the bottom right corner of its folded group's card, else across the bottom
     * of its title, else of its card.
     */
    void summaryMarkers(Graphics2D g, DiagramScene scene, SummaryScene summary, DiagramPlan plan, AffineTransform sceneToPage) {
        Map<Server, Box> groups = new IdentityHashMap<>();
        for (SummaryScene.Folded f : summary.groups()) groups.put(f.group().upstream(), f.label().box());
        Map<Server, Box> titles = new IdentityHashMap<>();
        for (SummaryScene.Title t : summary.titles()) titles.put(t.card().server(), t.label().box());
        for (DiagramScene.Card n : scene.cards()) {
            DiagramPlan.Unit unit = plan.unitOf(n.server());
            if (unit == null) continue;
            String text = "p. " + unit.firstPage();
            Box group = groups.get(n.server());
            Box title = titles.get(n.server());
            if (group != null) {
                double inset = (MARKER_HEIGHT / 2 + 3) / sceneToPage.getScaleX();
                marker(g, text, new Rectangle2D.Double(group.x0(), group.y0(), group.width(), group.height() - inset), sceneToPage, null);
            } else if (title != null) {
                marker(g, text, new Rectangle2D.Double(title.x0(), title.y0(), title.width(), title.height()), sceneToPage, null);
            } else {
                marker(g, text, n.bounds(), sceneToPage, null);
            }
        }
    }

    /**
     * A badge across the bottom edge of a card, at its right end: links leave a card from the
     * middle of its bottom edge and the bus of the next row runs lower, so no line or port label
     * is under it.
     */
    private void marker(Graphics2D g, String text, Rectangle2D box, AffineTransform sceneToPage, Rectangle2D clip) {
        Point2D corner = sceneToPage.transform(new Point2D.Double(box.getMaxX(), box.getMaxY()), null);
        if (clip != null && !clip.contains(corner.getX() - 1, corner.getY() - 1)) return;
        g.setFont(MARKER);
        double w = Fonts.width(g, text) + 6;
        Rectangle2D pill = new Rectangle2D.Double(corner.getX() - w - 3, corner.getY() - MARKER_HEIGHT / 2, w, MARKER_HEIGHT);
        g.setPaint(palette.accent());
        g.fill(new RoundRectangle2D.Double(pill.getX(), pill.getY(), pill.getWidth(), pill.getHeight(), MARKER_HEIGHT, MARKER_HEIGHT));
        g.setPaint(palette.surface());
        Fonts.draw(g, text, (float) (pill.getX() + 3), (float) (pill.getY() + 6.8));
    }

    private void draw(Graphics2D g, DiagramScene scene, AffineTransform t, Rectangle2D clip, double zoom) {
        AffineTransform savedTransform = g.getTransform();
        Shape savedClip = g.getClip();
        g.clip(clip);
        g.transform(t);
        new DiagramRenderer(scene, palette).draw(g, zoom);
        g.setTransform(savedTransform);
        g.setClip(savedClip);
    }
}
