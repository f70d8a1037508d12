package net.wsustopology.export.pdf;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.diagram.DriftPicture;
import net.wsustopology.diff.Comparison;
import net.wsustopology.diff.Difference;
import net.wsustopology.diff.DriftGroups;
import net.wsustopology.diff.DriftKind;
import net.wsustopology.diff.DriftWording;
import net.wsustopology.export.DriftPainter;
import net.wsustopology.export.Fonts;
import net.wsustopology.export.MissingGlyphs;
import net.wsustopology.export.PageSize;
import net.wsustopology.export.TokenColours;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * The drift report for a change board: a title page with the counts of each kind of drift; the
 * plan drawn with the compare marks and actual links by the renderer of every export, with the
 * compare key; then every difference grouped by server in rollout order, in the Drift tab's words.
 */
public final class DriftReportPdf {
    private static final Font TITLE = Fonts.of(Font.BOLD, 22);
    private static final Font HEADING = Fonts.of(Font.BOLD, 14);
    private static final Font TEXT = Fonts.of(Font.PLAIN, 11);
    private static final Font COUNT = Fonts.of(Font.BOLD, 11);

    private DriftReportPdf() { }

    public static MissingGlyphs write(Comparison c, String plannedName, TokenColours palette, Path out) throws IOException {
        Topology plan = c.diff().planned();
        List<Difference> open = c.open();
        String title = "Drift report: " + Fonts.printable(plan.getName());
        try (PdfPages pages = new PdfPages(title, palette)) {
            titlePage(pages.newPage(), c, plannedName, palette, title);
            diagramPage(pages.newPage(), c, palette);
            differences(open).draw(pages, palette);
            pages.write(out);
            return pages.missing();
        }
    }

    private static void titlePage(Graphics2D g, Comparison c, String plannedName, TokenColours palette, String title) {
        double y = PdfPages.MARGIN + 40;
        g.setFont(TITLE);
        g.setPaint(palette.text());
        Fonts.draw(g, Fonts.fit(g, title, PdfPages.contentWidth(PageSize.A4)), (float) PdfPages.MARGIN, (float) y);
        y += 28;
        g.setFont(TEXT);
        g.setPaint(palette.textMuted());
        Fonts.draw(g, Fonts.fit(g, "Planned: " + plannedName + "    Deployed: " + c.actualName() + "    Written " + LocalDate.now(),
                PdfPages.contentWidth(PageSize.A4)), (float) PdfPages.MARGIN, (float) y);
        List<Difference> open = c.open();
        int servers = DriftGroups.of(open).groups().size();
        y += 36;
        g.setFont(HEADING);
        g.setPaint(palette.text());
        Fonts.draw(g, open.size() + " difference" + (open.size() == 1 ? "" : "s") + " on " + servers + " server"
                + (servers == 1 ? "" : "s") + "; " + c.diff().planned().size() + " servers planned, "
                + c.actual().size() + " in " + c.actualName(), (float) PdfPages.MARGIN, (float) y);
        y += 16;
        DriftPainter painter = new DriftPainter(palette);
        Map<DriftKind, Integer> counts = DriftGroups.counts(open);
        counts.put(DriftKind.SAME, sameServers(c));
        for (DriftKind k : DriftKind.values()) {
            y += 26;
            painter.drawBadge(g, k, PdfPages.MARGIN + 10, y - 4);
            g.setFont(COUNT);
            g.setPaint(palette.text());
            String count = Integer.toString(counts.get(k));
            Fonts.draw(g, count, (float) (PdfPages.MARGIN + 54 - Fonts.width(g, count)), (float) y);
            g.setFont(TEXT);
            Fonts.draw(g, k.words() + (k == DriftKind.SAME ? " (servers)" : ""), (float) (PdfPages.MARGIN + 64), (float) y);
        }
        y += 40;
        g.setFont(TEXT);
        g.setPaint(palette.textMuted());
        Fonts.draw(g, "Page 2 draws the plan with these marks and the links as deployed; the pages after it list every difference"
                + " by server, in rollout order.", (float) PdfPages.MARGIN, (float) y);
    }

    private static int sameServers(Comparison c) {
        int same = 0;
        for (Server s : c.diff().planned().servers()) if (c.kindOf(s) == DriftKind.SAME) same++;
        return same;
    }

    private static void diagramPage(Graphics2D g, Comparison c, TokenColours palette) {
        g.setFont(HEADING);
        g.setPaint(palette.text());
        Fonts.draw(g, "The plan compared with " + c.actualName(), (float) PdfPages.MARGIN, (float) (PdfPages.MARGIN + 14));
        DiagramScene scene = scene(c);
        DriftPainter painter = new DriftPainter(palette);
        double keyHeight = painter.keyHeight(g, PdfPages.contentWidth(PageSize.A4));
        double keyTop = PdfPages.bottom(PageSize.A4) - keyHeight;
        Rectangle2D area = new Rectangle2D.Double(PdfPages.MARGIN, PdfPages.MARGIN + 26, PdfPages.contentWidth(PageSize.A4),
                keyTop - PdfPages.MARGIN - 34);
        new DiagramPages(palette, PageSize.A4).drawFitted(g, scene, area, 1.0);
        painter.drawKey(g, PdfPages.MARGIN, keyTop, PdfPages.contentWidth(PageSize.A4));
    }

    /** The plan laid out for the page, with the comparison's marks, deployed-only cards and actual links. */
    public static DiagramScene scene(Comparison c) {
        Topology plan = c.diff().planned();
        LayoutResult layout = new TreeLayout().layout(plan, PdfExporter.pageAspect(PageSize.A4));
        DiagramScene scene = DiagramScene.of(plan, layout, Map.of());
        DriftPicture drift = DriftPicture.of(c, s -> {
            DiagramScene.Card card = scene.card(s.id());
            return card == null || card.server() != s ? null : new Position(card.x(), card.y());
        }, scene.microsoftUpdate());
        return scene.withDrift(drift);
    }

    private static TextTable differences(List<Difference> open) {
        List<List<String>> rows = new ArrayList<>();
        for (DriftGroups.Group group : DriftGroups.of(open).groups()) {
            boolean first = true;
            for (Difference d : group.differences()) {
                String server = first ? group.heading() + (group.planId().isEmpty() ? "" : "\n" + group.planId()) : "";
                DriftKind kind = DriftKind.of(d);
                rows.add(List.of(server, kind.mark() + "  " + kind.words(), DriftWording.of(d), d.setting() == null ? "" : d.setting()));
                first = false;
            }
        }
        return new TextTable("Differences by server, in rollout order (" + open.size() + ")",
                List.of("Server (differences)", "Kind", "Difference", "Setting in the file"), new double[] {24, 18, 42, 16}, rows);
    }
}
