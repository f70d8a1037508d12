package net.wsustopology.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Exporter;
import net.wsustopology.export.SamplePlans;
import net.wsustopology.insight.Plans;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Validator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 26 item 4: language coverage, sync propagation and capacity each get a page of the PDF. */
class InsightPagesTest {
    @TempDir Path dir;

    @Test
    void languageCoverageSyncPropagationAndCapacityEachHaveAPage() throws Exception {
        Topology t = SamplePlans.enterprise();
        Path out = dir.resolve("plan.pdf");
        Exporter.export(t, SamplePlans.findingsFor(t), out, ExportOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            int languages = -1;
            int sync = -1;
            int capacity = -1;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                if (text.contains("Language coverage (")) languages = page;
                if (text.contains("Sync propagation: worst-case delay")) {
                    sync = page;
                    assertTrue(text.contains("Bars start at "), "the axis says where it starts");
                    assertTrue(text.contains("wsus-"), "servers are named");
                }
                if (text.contains("Capacity: servers and clients per tier")) {
                    capacity = page;
                    assertTrue(text.contains("Tier 1:") && text.contains("Fan-out"), text);
                }
            }
            assertTrue(languages > 0, "a language coverage page");
            assertEquals(List.of(languages + 1, languages + 2), List.of(sync, capacity), "one page each, in presentation order");
        }
    }

    @Test
    void aChainWithMoreTiersThanAPageHasRowsListsTheFirstTiersAndCountsTheRest() throws Exception {
        Topology t = PlanGenerator.chain(150);
        Path out = dir.resolve("chain.pdf");
        Exporter.export(t, new Validator().validate(t), out, ExportOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            int capacity = text.indexOf("Capacity: servers and clients per tier");
            assertTrue(capacity >= 0, "a capacity page");
            String page = text.substring(capacity, text.indexOf("Fan-out", capacity));
            assertTrue(page.contains("Tier 1: 1 server") && page.contains(" deeper tiers"), page);
            assertFalse(page.contains("Tier 150:"), "the tiers below the page's half are counted, not drawn off the page");
        }
    }

    @Test
    void theLanguageTableSaysWhatEachServerSelectsAndMisses() {
        Plans p = new Plans();
        Server hq = p.root("hq", "en", "fr");
        p.downstream("ber", hq, "en", "de");
        TextTable table = InsightPages.languages(p.topology());
        assertEquals(List.of(List.of("hq.corp.example.com", "en, fr", "", "", "fr"), List.of("\u00a0\u00a0\u00a0ber.corp.example.com", "de, en", "", "de", "")),
                table.rows());
    }

    @Test
    void aRowKeepsItsIndentWhenWrappedAndADeepChainIndentsNoFurtherThanEightLevels() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        String ber = InsightPages.languages(PlanGenerator.chain(3)).rows().get(1).get(0);
        assertTrue(TextWrap.wrap(ber, g, 400).get(0).startsWith("\u00a0"), "the indent shows in the PDF: " + ber);
        List<List<String>> rows = InsightPages.languages(PlanGenerator.chain(20_000)).rows();
        long chars = rows.stream().mapToLong(r -> r.get(0).length()).sum();
        // before, row N was indented by 2N spaces: 400 million characters, gigabytes for a chain 50,000 deep
        assertTrue(chars < 100L * rows.size(), chars + " characters of server names for " + rows.size() + " rows");
        assertTrue(rows.get(19_999).get(0).contains("(level 20000)"), rows.get(19_999).get(0));
    }
}
