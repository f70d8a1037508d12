package net.wsustopology.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 10,000-server plan through the SVG export; prints the time (no timing assertion). */
class LargeExportTest {
    @TempDir Path dir;

    @Test
    void tenThousandServersToSvg() throws Exception {
        Topology t = SamplePlans.large(10_000);
        Path out = dir.resolve("big.svg");
        Exporter.export(t, List.of(), out, ExportOptions.defaults());
        long start = System.nanoTime();
        Exporter.export(t, List.of(), out, ExportOptions.defaults());
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("SVG export of %d servers: %d ms, %d KB%n", t.size(), ms, Files.size(out) / 1024);
        String svg = Files.readString(out);
        assertTrue(svg.contains("branch9999.corp.contoso.com"));
        assertTrue(svg.endsWith("</svg>") || svg.trim().endsWith("</svg>"));
    }
}
