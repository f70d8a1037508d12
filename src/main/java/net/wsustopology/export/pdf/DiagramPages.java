package net.wsustopology.export.pdf;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import net.wsustopology.export.DiagramRenderer;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.export.Fonts;
import net.wsustopology.export.TokenColours;
import net.wsustopology.model.Server;

/** Draws diagrams onto PDF pages: fitted into an area, or one tile of a larger drawing. */
final class DiagramPages {
    private static final Font HEADING = Fonts.of(Font.BOLD, 14);
    private static final Font NOTE = Fonts.of(Font.PLAIN, 9);
    private static final Font MARKER = Fonts.of(Font.BOLD, 8);

    private final TokenColours palette;

    DiagramPages(TokenColours palette) { this.palette = palette; }

    static Rectangle2D detailArea() {
        double top = PdfPages.MARGIN + 44;
        return new Rectangle2D.Double(PdfPages.MARGIN, top, PdfPages.contentWidth(), PdfPages.bottom() - 16 - top);
    }

    /** The whole scene scaled into {@code area} and centred; returns the transform from scene to page. */
    AffineTransform drawFitted(Graphics2D g, DiagramScene scene, Rectangle2D area, double maxScale) {
        Rectangle2D b = scene.bounds();
        double scale = Math.min(DiagramPlan.fit(b, area), maxScale);
        double x = area.getX() + (area.getWidth() - b.getWidth() * scale) / 2;
        double y = area.getY() + (area.getHeight() - b.getHeight() * scale) / 2;
        AffineTransform t = new AffineTransform();
        t.translate(x, y);
        t.scale(scale, scale);
        draw(g, scene, t, new Rectangle2D.Double(x, y, b.getWidth() * scale, b.getHeight() * scale));
        t.translate(-b.getX(), -b.getY());
        return t;
    }

    /** Every page of a detail unit, with its heading and links to the neighbouring tiles. */
    void drawUnit(PdfPages pages, DiagramPlan.Unit unit) throws IOException {
        Rectangle2D area = detailArea();
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
                draw(g, unit.scene(), t, clip);
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

    /** "continued on page N" under each server whose subtree continues on another page. */
    private void subtreeMarkers(Graphics2D g, DiagramPlan.Unit unit, AffineTransform tileTransform, Rectangle2D clip) {
        if (unit.continued().isEmpty()) return;
        AffineTransform sceneToPage = new AffineTransform(tileTransform);
        sceneToPage.translate(-unit.scene().bounds().getX(), -unit.scene().bounds().getY());
        g.setFont(MARKER);
        for (DiagramScene.Card n : unit.scene().cards()) {
            Integer page = unit.continued().get(n.server().id());
            if (page == null) continue;
            Point2D p = sceneToPage.transform(new Point2D.Double(n.x(), n.bounds().getMaxY()), null);
            if (!clip.contains(p)) continue;
            String text = "continued on page " + page;
            double w = Fonts.width(g, text) + 6;
            Rectangle2D pill = new Rectangle2D.Double(p.getX() - w / 2, p.getY() + 3, w, 11);
            g.setPaint(palette.accent());
            g.fill(pill);
            g.setPaint(palette.surface());
            Fonts.draw(g, text, (float) (pill.getX() + 3), (float) (pill.getY() + 8.5));
        }
    }

    /** Page-number markers above each root of the overview that has a detail page. */
    void rootMarkers(Graphics2D g, DiagramScene scene, DiagramPlan plan, AffineTransform sceneToPage) {
        g.setFont(MARKER);
        g.setPaint(palette.accent());
        for (DiagramScene.Card n : scene.cards()) {
            Server s = n.server();
            DiagramPlan.Unit unit = s.isSyncFromUpstream() ? null : plan.unitOf(s);
            if (unit == null) continue;
            Point2D p = sceneToPage.transform(new Point2D.Double(n.x(), n.bounds().getY()), null);
            String text = "p. " + unit.firstPage();
            Fonts.draw(g, text, (float) (p.getX() - Fonts.width(g, text) / 2.0), (float) (p.getY() - 3));
        }
    }

    private void draw(Graphics2D g, DiagramScene scene, AffineTransform t, Rectangle2D clip) {
        AffineTransform savedTransform = g.getTransform();
        Shape savedClip = g.getClip();
        g.clip(clip);
        g.transform(t);
        new DiagramRenderer(scene, palette).draw(g);
        g.setTransform(savedTransform);
        g.setClip(savedClip);
    }
}
