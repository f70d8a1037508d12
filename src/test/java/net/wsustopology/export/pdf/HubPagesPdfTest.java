package net.wsustopology.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Exporter;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 28: the PDF of 3,003 servers (3 roots x 10 hubs x 99 branches) has an overview at the
 * summary level naming every hub with the page its subtree continues on, and each hub's subtree
 * laid out for the page: two A4 pages side by side instead of four tiles.
 */
class HubPagesPdfTest {
    @TempDir Path dir;

    @Test
    void everyHubIsNamedOnTheOverviewWithItsPageAndItsBranchesAreOnThatPage() throws Exception {
        Topology t = PlanGenerator.hubs(3, 10, 99, 1);
        Path out = dir.resolve("hubs.pdf");
        Exporter.export(t, List.of(), out, ExportOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            List<String> pages = pages(pdf);
            String overview = pages.get(0);
            int diagramPages = 0;
            while (pages.get(1 + diagramPages).contains("Subtree of ")) diagramPages++;
            assertEquals(3 + 30 * 2, diagramPages, "a page per root with its hubs, two per hub (there were 3 + 30 * 4)");
            for (Server hub : t.servers()) {
                if (!hub.isSyncFromUpstream() || t.downstreamCount(hub) == 0) continue;
                int first = firstPageOf(pages, hub);
                assertTrue(has(overview, host(hub)), host(hub) + " is not named on the overview");
                assertTrue(has(overview, "p. " + first), "the overview does not send the reader to page " + first + " for " + host(hub));
                String subtree = pages.get(first - 1) + pages.get(first);
                assertTrue(pages.get(first).contains("Subtree of " + hub.getName() + " ("), "the second tile is the same hub's");
                assertTrue(has(subtree, host(hub)), host(hub) + " is not on its page");
                for (Server branch : t.downstreams(hub)) assertTrue(has(subtree, host(branch)), host(branch) + " is not on its hub's pages");
            }
            for (Server branch : t.downstreams(t.downstreams(t.roots().get(0)).get(0))) {
                assertFalse(has(overview, host(branch)), host(branch) + " is on the overview, where no card can be read");
            }
        }
    }

    private static int firstPageOf(List<String> pages, Server hub) {
        String heading = "Subtree of " + hub.getName() + " (";
        for (int i = 0; i < pages.size(); i++) if (pages.get(i).contains(heading)) return i + 1;
        throw new AssertionError(hub.getName() + " has no page");
    }

    private static List<String> pages(PDDocument pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    /** True when {@code text} holds {@code word} not followed by a letter or digit ("p. 3" is not in "p. 33"; a replica badge R may run into the host before it). */
    private static boolean has(String text, String word) {
        return Pattern.compile(Pattern.quote(word) + "(?!\\w)").matcher(text).find();
    }

    private static String host(Server s) {
        String name = s.getName();
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
