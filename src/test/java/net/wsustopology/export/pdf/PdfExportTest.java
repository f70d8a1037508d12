package net.wsustopology.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Exporter;
import net.wsustopology.export.MissingGlyphs;
import net.wsustopology.export.SamplePlans;
import net.wsustopology.layout.Plans;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExportTest {
    @TempDir Path dir;

    @Test
    void bigPlanHasTitleDetailPagesFindingsAndServerTable() throws Exception {
        Topology t = SamplePlans.enterprise();
        Path out = dir.resolve("plan.pdf");
        Exporter.export(t, SamplePlans.findingsFor(t), out, ExportOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertTrue(pdf.getNumberOfPages() > 1);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Contoso 2027 rollout"));
            for (String rule : List.of("LNG-01", "SCH-02", "SCH-03")) assertTrue(text.contains(rule), rule);
            assertTrue(text.contains("Servers and their Update Source settings"));
            assertTrue(text.contains("wsus-tyo-br9.corp.contoso.com"), "server table lists every server");
            assertTrue(text.contains("Legend"));
            assertTrue(text.contains("36 servers"));
        }
    }

    @Test
    void aPlanTooBigForOnePageContinuesItsCollapsedSubtreesOnLaterPages() throws Exception {
        // 36 servers now fit the overview readably; 600 in four tiers do not
        Topology t = PlanGenerator.generate(600, 42);
        Path out = dir.resolve("big.pdf");
        Exporter.export(t, List.of(), out, ExportOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("continued on page"), "collapsed subtrees point to their pages");
        }
    }

    @Test
    void latinGreekAndCyrillicArePrintedAsTheyAreInTheBundledFont() throws Exception {
        Topology t = new Topology();
        t.setName("Plan für Süddeutschland — Łódź");
        Plans.root(t, "hq").setSite("München Süd (Halle 3)");
        Plans.downstream(t, "a", "hq").setSite("Łódź");
        Plans.downstream(t, "b", "hq").setSite("Αθήνα");
        Plans.downstream(t, "c", "hq").setSite("Москва");
        Path out = dir.resolve("accents.pdf");
        MissingGlyphs missing = Exporter.export(t, List.of(), out, ExportOptions.defaults());
        assertTrue(missing.isEmpty(), missing::describe);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("München Süd (Halle 3)", "Łódź", "Αθήνα", "Москва", "Plan für Süddeutschland — Łódź")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            assertEquals("Plan für Süddeutschland — Łódź", pdf.getDocumentInformation().getTitle());
            assertEquals(List.of("LiberationSans", "LiberationSans-Bold"), fontsOf(pdf.getPage(0)));
        }
    }

    @Test
    void cjkTextIsRealTextInASystemFontNextToTheBundledOne() throws Exception {
        Topology t = new Topology();
        t.setName("Contoso 全球 WSUS — Łódź");
        Plans.root(t, "hq").setSite("東京");
        Plans.downstream(t, "a", "hq").setSite("Москва");
        Path out = dir.resolve("cjk.pdf");
        MissingGlyphs missing = Exporter.export(t, List.of(), out, ExportOptions.defaults());
        assumeTrue(missing.isEmpty(), () -> "skipped: no CJK font on this computer (Debian: apt-get install fonts-wqy-microhei). "
                + missing.describe());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Contoso 全球 WSUS — Łódź"), text);
            assertTrue(text.contains("東京"), text);
            assertEquals("Contoso 全球 WSUS — Łódź", pdf.getDocumentInformation().getTitle());
            List<String> fonts = fontsOf(pdf.getPage(0));
            assertTrue(fonts.size() > 2 && fonts.containsAll(List.of("LiberationSans", "LiberationSans-Bold")), fonts.toString());
        }
    }

    @Test
    void aCharacterNoFontHasIsABoxAndNamedOnce() throws Exception {
        Topology t = new Topology();
        t.setName("Unassigned \u0378 here");
        Plans.root(t, "hq").setSite("Site \u0378");
        Path out = dir.resolve("box.pdf");
        MissingGlyphs missing = Exporter.export(t, List.of(), out, ExportOptions.defaults());
        assertEquals(Set.of(0x378), missing.codePoints());
        assertTrue(missing.describe().contains("1 character") && missing.describe().contains("(U+0378)"), missing.describe());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Unassigned \u25A1 here"), text);
            assertTrue(text.contains("Site \u25A1"), text);
            assertFalse(text.contains("?"), text);
        }
    }

    /** The base names of the fonts page {@code page} uses (drawn in a form), every one embedded. */
    private static List<String> fontsOf(PDPage page) throws Exception {
        List<String> names = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName formName : resources.getXObjectNames()) {
            PDResources form = ((PDFormXObject) resources.getXObject(formName)).getResources();
            for (COSName fontName : form.getFontNames()) {
                PDFont font = form.getFont(fontName);
                assertTrue(font.isEmbedded(), font.getName());
                String name = font.getName().substring(font.getName().indexOf('+') + 1);
                if (!names.contains(name)) names.add(name);
            }
        }
        Collections.sort(names);
        return names;
    }

    @Test
    void smallPlanFitsOnePageOfDiagram() throws Exception {
        Topology t = new Topology();
        t.setName("Small plan");
        Plans.root(t, "hq");
        Plans.downstream(t, "a", "hq");
        Path out = dir.resolve("small.pdf");
        Exporter.export(t, List.of(), out, ExportOptions.defaults().withTitle("Custom title"));
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Custom title"));
            assertTrue(!text.contains("continued"));
            assertEquals(5, pdf.getNumberOfPages(),
                    "diagram, language coverage, sync propagation, capacity, then the servers under a line saying there are no findings");
            assertTrue(text.contains("Findings (0): the plan breaks no rule."), text);
        }
    }

    @Test
    void longTablesArePaginated() throws Exception {
        Topology t = SamplePlans.large(400);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            findings.add(new Finding("NET-0" + (1 + i % 7), Severity.values()[i % 3], t.servers().get(i).id(), List.of(),
                    "A long message that needs wrapping over several lines of the table so that pagination has work to do: " + i));
        }
        Path out = dir.resolve("large.pdf");
        Exporter.export(t, findings, out, ExportOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Findings (150) of 7 rules (continued)"), text);
            assertTrue(text.contains("(continued)"));
            assertTrue(text.contains(": 149"), "the last finding is there");
            assertTrue(text.contains("branch399.corp.contoso.com"), "the last server is there");
            assertTrue(pdf.getNumberOfPages() > 10);
        }
    }

    @Test
    void aThousandBranchesAreTiledAndLoopsGetTheirOwnPage() throws Exception {
        Topology t = new Topology();
        t.setName("Thousand branches");
        Plans.root(t, "hq");
        for (int i = 0; i < 1000; i++) Plans.downstream(t, "b" + i, "hq");
        Plans.downstream(t, "loop1", "loop2");
        Plans.downstream(t, "loop2", "loop1");
        Path out = dir.resolve("wide.pdf");
        Exporter.export(t, List.of(), out, ExportOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(pdf);
            assertTrue(second.contains("Subtree of hq.corp.contoso.com (1001 servers)"), second);
            assertTrue(second.matches("(?s).*continued (below|right) on page 3.*"), second);
            String all = new PDFTextStripper().getText(pdf);
            assertTrue(all.matches("(?s).*continued (above|left) on page 2.*"));
            assertTrue(all.contains("Servers without a tier: their upstream chain loops or names no server (2)"));
            assertTrue(all.contains("b999.corp.contoso.com"));
        }
    }

    @Test
    void parenthesesBackslashesAndAccentsDoNotBreakThePdf() throws Exception {
        Topology t = new Topology();
        t.setName("Plan (draft) \\ Zürich");
        Plans.root(t, "a").setName("weird) name ( \\ é");
        Path out = dir.resolve("weird.pdf");
        Exporter.export(t, List.of(new Finding("NET-02", Severity.ERROR, "a", List.of(), "bad name ) (")), out,
                ExportOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Plan (draft) \\ Zürich"), text);
            assertTrue(text.contains("weird) name ( \\ é"), text);
        }
    }
}
