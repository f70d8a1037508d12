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
import net.wsustopology.diagram.SummaryScene;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Fonts;
import net.wsustopology.export.MissingGlyphs;
import net.wsustopology.export.PageSize;
import net.wsustopology.export.TokenColours;
import net.wsustopology.insight.SyncPropagation;
import net.wsustopology.model.Server;
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

    /** Room for the title, the summary line and a description of a line or two above page 1's diagram. */
    private static final double HEADER_ROOM = 86;
    /** Room for the legend under page 1's diagram (two rows on a landscape page). */
    private static final double LEGEND_ROOM = 84;
    private static final int TITLE_LINES = 3;
    private static final int DESCRIPTION_LINES = 6;

    /** The shape (width / height) of a detail page's diagram area. */
    public static double pageAspect(PageSize size) {
        Rectangle2D area = DiagramPages.detailArea(size);
        return area.getWidth() / area.getHeight();
    }

    /** The shape of page 1's diagram area, which the PDF's layout is made to fill. */
    public static double overviewAspect(PageSize size) {
        return PdfPages.contentWidth(size) / (PdfPages.bottom(size) - PdfPages.MARGIN - HEADER_ROOM - LEGEND_ROOM);
    }

    /** Writes the presentation; returns the characters no font could draw (shown as boxes). */
    public static MissingGlyphs write(DiagramScene scene, List<Finding> findings, TokenColours palette, Path out,
                                      ExportOptions options) throws IOException {
        Topology topology = scene.topology();
        String title = options.titleOr(topology.getName());
        try (PdfPages pages = new PdfPages(title, palette, options.page())) {
            DiagramPages diagrams = new DiagramPages(palette, pages.size());
            Graphics2D g = pages.newPage();
            double y = header(g, pages, topology, findings, palette, title);
            DiagramRenderer renderer = new DiagramRenderer(scene, palette);
            double legendHeight = renderer.legendHeight(g, pages.contentWidth());
            double legendTop = pages.bottom() - legendHeight;
            Rectangle2D overview = new Rectangle2D.Double(PdfPages.MARGIN, y + 14, pages.contentWidth(), legendTop - y - 24);
            DiagramPlan plan = DiagramPlan.of(scene, DiagramScene.worstByServer(findings), overview,
                    DiagramPages.detailArea(pages.size()), 2);
            double fit = Math.min(DiagramPlan.fit(scene.bounds(), overview), 1.0);
            SummaryScene summary = plan.split() ? renderer.summaryAt(DiagramPages.printedZoom(fit)) : SummaryScene.full();
            if (plan.split()) {
                String where = plan.lastPage() == 2 ? "page 2" : "pages 2-" + plan.lastPage();
                note(g, palette, summary.isSummary()
                        ? "Overview: servers with downstreams by name, their branches as one card each. Each subtree continues on the page marked on it (" + where + ")."
                        : "Overview. Each root's subtree continues in detail on the page marked beside it (" + where + ").", y + 6);
            }
            AffineTransform sceneToPage = diagrams.drawFitted(g, scene, overview, 1.0, summary.isSummary());
            if (summary.isSummary()) diagrams.summaryMarkers(g, scene, summary, plan, sceneToPage);
            else if (plan.split()) diagrams.rootMarkers(g, scene, plan, sceneToPage);
            renderer.drawLegend(g, PdfPages.MARGIN, legendTop, pages.contentWidth());

            for (DiagramPlan.Unit unit : plan.units()) diagrams.drawUnit(pages, unit);
            LeafGroups groups = summary.isSummary() ? LeafGroups.of(topology) : LeafGroups.none();
            new InsightPages(pages, palette).draw(topology, SyncPropagation.DEFAULT_DURATION_MINUTES, groups);
            PdfFindings.draw(pages, palette, topology, findings, groups);
            PdfTables.servers(topology, groups).draw(pages, palette, findings.isEmpty() ? PdfFindings.NONE : null);
            pages.write(out);
            return pages.missing();
        }
    }

    /** Title and description wrapped (never cut below a few lines), the summary between them; returns where the diagram may start. */
    private static double header(Graphics2D g, PdfPages pages, Topology topology, List<Finding> findings, TokenColours palette,
                                 String title) {
        double y = PdfPages.MARGIN;
        g.setFont(TITLE);
        g.setPaint(palette.text());
        for (String line : TextWrap.lines(TextWrap.wrap(Fonts.printable(title), g, pages.contentWidth()), TITLE_LINES, g,
                pages.contentWidth())) {
            Fonts.draw(g, line, (float) PdfPages.MARGIN, (float) (y + 18));
            y += 24;
        }
        y += 12;
        g.setFont(SUBTITLE);
        g.setPaint(palette.textMuted());
        Fonts.draw(g, Fonts.fit(g, summary(topology, findings), pages.contentWidth()), (float) PdfPages.MARGIN, (float) y);
        String description = Fonts.printable(topology.getDescription()).trim();
        if (!description.isEmpty()) {
            g.setPaint(palette.text());
            for (String line : TextWrap.lines(TextWrap.wrap(description, g, pages.contentWidth()), DESCRIPTION_LINES, g,
                    pages.contentWidth())) {
                y += 13;
                Fonts.draw(g, line, (float) PdfPages.MARGIN, (float) y);
            }
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
