package net.wsustopology.export.pdf;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.wsustopology.export.DiagramRenderer;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Fonts;
import net.wsustopology.export.MissingGlyphs;
import net.wsustopology.export.TokenColours;
import net.wsustopology.model.Server;
import net.wsustopology.insight.SyncPropagation;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;

/**
 * The presentation PDF: page 1 with title, date, counts, the diagram fitted to the page and the
 * legend; detail pages for big plans; the findings summary; the servers' Update Source settings.
 */
public final class PdfExporter {
    private static final Font TITLE = Fonts.of(Font.BOLD, 20);
    private static final Font SUBTITLE = Fonts.of(Font.PLAIN, 10);

    private PdfExporter() { }

    /** The shape (width / height) of a page's printable area, which the PDF's diagram is laid out to fill. */
    public static double pageAspect() {
        Rectangle2D area = DiagramPages.detailArea();
        return area.getWidth() / area.getHeight();
    }

    /** Writes the presentation; returns the characters no font could draw (shown as boxes). */
    public static MissingGlyphs write(DiagramScene scene, List<Finding> findings, TokenColours palette, Path out,
                                      ExportOptions options) throws IOException {
        Topology topology = scene.topology();
        String title = options.titleOr(topology.getName());
        try (PdfPages pages = new PdfPages(title, palette)) {
            DiagramPages diagrams = new DiagramPages(palette);
            Graphics2D g = pages.newPage();
            double y = header(g, topology, findings, palette, title);
            DiagramRenderer renderer = new DiagramRenderer(scene, palette);
            double legendHeight = renderer.legendHeight(g, PdfPages.contentWidth());
            double legendTop = PdfPages.bottom() - legendHeight;
            Rectangle2D overview = new Rectangle2D.Double(PdfPages.MARGIN, y + 14, PdfPages.contentWidth(), legendTop - y - 24);
            DiagramPlan plan = DiagramPlan.of(scene, DiagramScene.worstByServer(findings), overview, DiagramPages.detailArea(), 2);
            if (plan.split()) {
                note(g, palette, "Overview. Each root's subtree continues in detail on the page marked above it (pages 2-"
                        + plan.lastPage() + ").", y + 6);
            }
            AffineTransform sceneToPage = diagrams.drawFitted(g, scene, overview, 1.0);
            if (plan.split()) diagrams.rootMarkers(g, scene, plan, sceneToPage);
            renderer.drawLegend(g, PdfPages.MARGIN, legendTop, PdfPages.contentWidth());

            for (DiagramPlan.Unit unit : plan.units()) diagrams.drawUnit(pages, unit);
            new InsightPages(pages, palette).draw(topology, SyncPropagation.DEFAULT_DURATION_MINUTES);
            PdfTables.findings(topology, findings).draw(pages, palette);
            PdfTables.servers(topology).draw(pages, palette);
            pages.write(out);
            return pages.missing();
        }
    }

    private static double header(Graphics2D g, Topology topology, List<Finding> findings, TokenColours palette, String title) {
        double y = PdfPages.MARGIN;
        g.setFont(TITLE);
        g.setPaint(palette.text());
        Fonts.draw(g, Fonts.fit(g, Fonts.printable(title), PdfPages.contentWidth()),
                (float) PdfPages.MARGIN, (float) (y + 18));
        y += 36;
        g.setFont(SUBTITLE);
        g.setPaint(palette.textMuted());
        Fonts.draw(g, summary(topology, findings), (float) PdfPages.MARGIN, (float) y);
        String description = Fonts.printable(topology.getDescription()).trim();
        if (!description.isEmpty()) {
            y += 14;
            g.setPaint(palette.text());
            Fonts.draw(g, Fonts.fit(g, description, PdfPages.contentWidth()), (float) PdfPages.MARGIN, (float) y);
        }
        return y + 8;
    }

    static String summary(Topology topology, List<Finding> findings) {
        int[] bySeverity = new int[Severity.values().length];
        for (Finding f : findings) bySeverity[f.severity().ordinal()]++;
        int replicas = 0;
        for (Server s : topology.servers()) if (s.isSyncFromUpstream() && s.isReplica()) replicas++;
        int roots = topology.roots().size();
        return "Exported " + LocalDate.now() + "   |   " + topology.size() + " servers: " + roots + " root"
                + (roots == 1 ? "" : "s") + ", " + (topology.size() - roots - replicas) + " autonomous, " + replicas
                + " replica" + (replicas == 1 ? "" : "s") + "   |   findings: " + bySeverity[0] + " errors, "
                + bySeverity[1] + " warnings, " + bySeverity[2] + " info";
    }

    private static void note(Graphics2D g, TokenColours palette, String text, double y) {
        g.setFont(SUBTITLE);
        g.setPaint(palette.accent());
        Fonts.draw(g, text, (float) PdfPages.MARGIN, (float) y);
    }
}
