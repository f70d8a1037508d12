package net.wsustopology.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Topology;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportScriptsImportCommandTest {
    private static final Path CLEAN = Path.of("sample-topologies/three-region-enterprise.wsus.json");
    private static final Path LNG01 = Path.of("sample-topologies/lng01-language-mismatch.wsus.json");
    @TempDir Path tmp;

    @Test
    void exportPicksTheFormatByExtension() throws Exception {
        for (String ext : new String[] {"svg", "png", "pdf", "graphml", "dot", "csv"}) {
            Path out = tmp.resolve("plan." + ext);
            CliRun run = CliRun.of("export", CLEAN.toString(), "--to", out.toString(), "--theme", "dark");
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(Files.size(out) > 100, ext + " written");
        }
        assertTrue(Files.readString(tmp.resolve("plan.svg")).contains("<text"));
    }

    @Test
    void exportRefusesAnUnknownExtensionOrThemeWithExit2() {
        CliRun run = CliRun.of("export", CLEAN.toString(), "--to", tmp.resolve("plan.doc").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(".svg"), run.err());
        assertFalse(Files.exists(tmp.resolve("plan.doc")));
        assertEquals(2, CliRun.of("export", CLEAN.toString(), "--to", tmp.resolve("p.svg").toString(), "--theme", "pink").exitCode());
    }

    @Test
    void exportTakesThePdfPageSize() throws Exception {
        Path out = tmp.resolve("slides.pdf");
        CliRun run = CliRun.of("export", CLEAN.toString(), "--to", out.toString(), "--page", "16:9");
        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertEquals(960, pdf.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(540, pdf.getPage(0).getMediaBox().getHeight(), 0.5);
        }
        CliRun wrong = CliRun.of("export", CLEAN.toString(), "--to", tmp.resolve("a5.pdf").toString(), "--page", "a5");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("use a4, letter or 16:9"), wrong.err());
    }

    @Test
    void charactersNoFontHasAreNamedInOneWarning() throws Exception {
        Topology plan = TopologyFiles.load(CLEAN);
        plan.setName("Plan \u0378");
        plan.servers().forEach(s -> s.setSite("Site \u0378\u0379"));
        Path file = tmp.resolve("odd.wsus.json");
        TopologyFiles.save(plan, file);
        for (String ext : new String[] {"pdf", "png", "svg"}) {
            CliRun run = CliRun.of("export", file.toString(), "--to", tmp.resolve("odd." + ext).toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("warning: No font on this computer has 2 characters"), run.err());
            assertTrue(run.err().contains("(U+0378), \u0379 (U+0379)"), run.err());
        }
        assertEquals("", CliRun.of("export", CLEAN.toString(), "--to", tmp.resolve("clean.pdf").toString()).err());
    }

    @Test
    void scriptsRefuseAPlanWithErrorsUnlessForced() throws Exception {
        Path dir = tmp.resolve("scripts");
        CliRun refused = CliRun.of("scripts", LNG01.toString(), "--to", dir.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("LNG-01"), refused.err());
        assertFalse(Files.exists(dir.resolve("rollout-order.txt")));
        CliRun forced = CliRun.of("scripts", LNG01.toString(), "--to", dir.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.exists(dir.resolve("rollout-order.txt")));
    }

    @Test
    void scriptsForACleanPlanWriteOneFilePerServer() throws Exception {
        Path dir = tmp.resolve("scripts");
        assertEquals(0, CliRun.of("scripts", CLEAN.toString(), "--to", dir.toString()).exitCode());
        Topology plan = TopologyFiles.load(CLEAN);
        for (var s : plan.servers()) assertTrue(Files.exists(dir.resolve(s.getName().toLowerCase(Locale.ROOT) + ".ps1")), s.id());
    }

    @Test
    void importRoundTripsTheCsvExportAndLaysItOut() throws Exception {
        Path csv = tmp.resolve("plan.csv");
        assertEquals(0, CliRun.of("export", CLEAN.toString(), "--to", csv.toString()).exitCode());
        Path plan = tmp.resolve("imported.wsus.json");
        CliRun run = CliRun.of("import", csv.toString(), "--to", plan.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        Topology imported = TopologyFiles.load(plan);
        Topology original = TopologyFiles.load(CLEAN);
        assertEquals(original.size(), imported.size());
        imported.servers().forEach(s -> assertNotNull(s.getPosition(), s.id() + " laid out"));
        assertEquals(original.server("hq") == null ? null : original.server("hq").getName(),
                imported.server("hq") == null ? null : imported.server("hq").getName());
    }

    @Test
    void aBadCsvRowNamesItsLineAndWritesNothing() throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "id,name,port\nhq,wsus01.corp.example.com,8530\nber,wsus02.corp.example.com,abc\n", StandardCharsets.UTF_8);
        Path plan = tmp.resolve("out.wsus.json");
        CliRun run = CliRun.of("import", csv.toString(), "--to", plan.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("line 3"), run.err());
        assertFalse(Files.exists(plan));
    }
}
