package net.wsustopology.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Exporter;
import net.wsustopology.export.PageSize;
import net.wsustopology.export.SamplePlans;
import net.wsustopology.layout.Plans;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The presentation PDF read back: page sizes, whole titles and descriptions, no repeated pages, findings per rule. */
class PdfPresentationTest {
    private static final String WHY = "simultaneous syncs cause a bandwidth surge on the upstream and replica retries come"
            + " 15 minutes apart. Stagger their schedules by at least 15 minutes.";
    @TempDir Path dir;

    @Test
    void everyPageHasTheChosenSize() throws Exception {
        double[][] sizes = {{842, 595}, {792, 612}, {960, 540}};
        for (PageSize page : PageSize.values()) {
            Path out = dir.resolve(page.name() + ".pdf");
            Topology t = SamplePlans.enterprise();
            Exporter.export(t, SamplePlans.findingsFor(t), out, ExportOptions.defaults().withPage(page));
            try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    PDRectangle box = pdf.getPage(i).getMediaBox();
                    assertEquals(sizes[page.ordinal()][0], box.getWidth(), 0.5, page + " page " + (i + 1));
                    assertEquals(sizes[page.ordinal()][1], box.getHeight(), 0.5, page + " page " + (i + 1));
                }
            }
        }
        assertEquals(PageSize.SLIDE, PageSize.fromName("16:9"));
        assertEquals(PageSize.LETTER, PageSize.fromName(" Letter"));
    }

    @Test
    void aLongTitleAndTheDescriptionWrapInsteadOfBeingCut() throws Exception {
        Topology t = SamplePlans.enterprise();
        t.setName("Contoso global WSUS hierarchy for the presentation to the steering committee, with every region and branch");
        t.setDescription("Headquarters syncs from Microsoft Update; one regional hub per region; branch offices below the hubs."
                + " EMEA requires SSL on its hub; APAC links to headquarters over SSL. The Tokyo office keeps its own replica.");
        Path out = dir.resolve("long.pdf");
        Exporter.export(t, List.of(), out, ExportOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String first = oneLine(page(pdf, 1));
            assertTrue(first.contains(t.getName()), first);
            assertTrue(first.contains(t.getDescription()), first);
            assertFalse(first.contains("..."), first);
        }
    }

    @Test
    void noPageRepeatsTheOverviewAndNoRangeIsOnePageLong() throws Exception {
        for (Topology t : List.of(SamplePlans.enterprise(), SamplePlans.large(155))) {
            Path out = dir.resolve("plan.pdf");
            Exporter.export(t, List.of(), out, ExportOptions.defaults());
            try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
                String all = new PDFTextStripper().getText(pdf);
                Matcher range = Pattern.compile("pages (\\d+)-(\\d+)").matcher(all);
                while (range.find()) assertFalse(range.group(1).equals(range.group(2)), range.group());
                assertFalse(all.contains("Subtree of") && all.contains("(" + t.size() + " servers)\n"),
                        "a detail page showing all " + t.size() + " servers repeats the overview");
            }
        }
    }

    @Test
    void findingsOfOneRuleSayWhatTheyShareOnceAndListTheServersCompactly() throws Exception {
        Topology t = new Topology();
        Plans.root(t, "hq");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 154; i++) {
            Server s = Plans.downstream(t, "b" + i, "hq");
            findings.add(new Finding("SCH-02", Severity.WARNING, s.id(), List.of("hq"), s.label() + " starts a sync at 03:00 UTC,"
                    + " at the same time as b" + (i + 1) + " (03:00 UTC), which also syncs from hq: " + WHY));
        }
        Path out = dir.resolve("findings.pdf");
        Exporter.export(t, findings, out, ExportOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String all = oneLine(new PDFTextStripper().getText(pdf));
            assertEquals(1, count(all, "Stagger their schedules"), "the shared explanation is said once");
            assertTrue(all.contains("SCH-02 WARNING 154 servers") || all.contains("SCH-02 warning 154 servers"), all);
            for (Server s : t.servers()) if (!s.id().equals("hq")) assertTrue(all.contains(s.label()), s.label());
            assertTrue(all.contains("starts a sync at 03:00 UTC, at the same time as b154 (03:00 UTC)"), "what is particular stays");
            int findingsPages = 0;
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) if (page(pdf, p).contains("Findings (154)")) findingsPages++;
            assertTrue(findingsPages <= 5, findingsPages + " pages of findings for one rule");
        }
    }

    @Test
    void sharedPartIsTheCommonEndingFromAClause() {
        assertEquals("why. fix.", PdfFindings.shared(List.of("a is late: why. fix.", "bb is early: why. fix.")));
        assertEquals("", PdfFindings.shared(List.of("one thing", "another thing")));
        String a = PdfFindings.neutral("wsus-a is late: so wsus-a misses it. Fix it.", "wsus-a");
        String b = PdfFindings.neutral("wsus-bb is early: so wsus-bb misses it. Fix it.", "wsus-bb");
        String shared = PdfFindings.shared(List.of(a, b));
        assertEquals("misses it. Fix it.", shared.substring(shared.indexOf("misses")));
        assertEquals("is late", PdfFindings.particular(a, shared, "wsus-a"));
    }

    private static String page(PDDocument pdf, int number) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf);
    }

    private static String oneLine(String text) { return text.replaceAll("\\s+", " "); }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }
}
