package net.wsustopology.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Exporter;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Validator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 28: at the summary level the PDF's tables speak of a hub's branches in one row, as the
 * overview draws them as one card, so 3,003 servers make a few dozen pages instead of 472.
 */
class SummaryTablesTest {
    @TempDir Path dir;

    @Test
    void aGroupOfLeavesTakesOneRowAndSmallGroupsKeepTheirs() {
        Topology t = PlanGenerator.hubs(1, 50, 12, 5);
        Server hub = t.downstreams(t.roots().get(0)).get(0);
        // the second hub keeps only a few branches: fewer than LeafGroups.MIN, each keeps its row
        List<Server> branches = List.copyOf(t.downstreams(t.downstreams(t.roots().get(0)).get(1)));
        for (Server b : branches.subList(3, branches.size())) t.removeServer(b);
        LeafGroups groups = LeafGroups.of(t);

        List<List<String>> rows = PdfTables.servers(t, groups).rows();
        assertEquals(1 + 50 + 49 + 3, rows.size(), "root, 50 hubs, one row for each 12 branches, three rows for three");
        assertTrue(rows.stream().anyMatch(r -> r.get(0).startsWith("12 servers below " + hub.label())), rows.toString());
        assertEquals(1 + 50 + 49 + 3, InsightPages.languages(t, groups).rows().size());
        assertEquals(t.size(), PdfTables.servers(t, LeafGroups.none()).rows().size(), "without groups a row per server");
    }

    @Test
    void aPlanOfAFewHundredServersKeepsARowPerServer() {
        Topology t = PlanGenerator.hubs(1, 2, 99, 5);
        assertEquals(t.size(), PdfTables.servers(t, LeafGroups.of(t)).rows().size());
    }

    @Test
    void aTallySaysTheSharedValueOrCountsEachOrHowManyDiffer() {
        List<Server> three = PlanGenerator.hubs(1, 1, 5, 5).servers().subList(2, 7);
        assertEquals("x", LeafGroups.tally(three, s -> "x"));
        assertEquals("a \u00d73, b \u00d72", LeafGroups.tally(three, s -> three.indexOf(s) % 2 == 0 ? "a" : "b"));
        assertEquals("5 different", LeafGroups.tally(three, Server::id));
    }

    @Test
    void threeThousandServersWithTheirFindingsMakeAFewDozenPages() throws Exception {
        Topology t = PlanGenerator.hubs(3, 10, 99, 1);
        Path out = dir.resolve("hubs.pdf");
        Exporter.export(t, new Validator().validate(t), out, ExportOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertTrue(pdf.getNumberOfPages() <= 100, pdf.getNumberOfPages() + " pages (472 with a row per server)");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("99 servers below"), "the server and language tables have a row per group");
            assertTrue(text.contains(" of the 99 servers below"), "the findings of a group's members take one row");
        }
    }
}
