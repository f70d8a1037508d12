package net.wsustopology.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import net.wsustopology.export.PageSize;
import net.wsustopology.export.SmallHeap;
import net.wsustopology.export.TokenColours;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's drawing is not kept in memory until the PDF is saved: the overview page of a
 * 100,000-server plan is drawn from hundreds of megabytes of content. Here one page of
 * {@link #SHAPES} shapes (about 100 MB of content) is written in a 64 MB heap.
 */
class PdfPagesHeapTest {
    static final int SHAPES = 1_000_000;
    static final int HEAP_MEGABYTES = 64;

    @TempDir Path dir;

    @Test
    void aPageWithMoreContentThanTheHeapIsWritten() throws Exception {
        Path out = dir.resolve("crowded.pdf");
        SmallHeap.Result result = SmallHeap.run(HEAP_MEGABYTES, CrowdedPage.class, out.toString());
        assertEquals(0, result.exitCode(), result.output());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
        assertTrue(Files.size(out) > 1_000_000, "the page holds the shapes: " + Files.size(out));
    }

    /** The forked process: one page of {@link #SHAPES} small squares of changing colours, saved to the file named. */
    public static final class CrowdedPage {
        public static void main(String[] args) throws Exception {
            try (PdfPages pages = new PdfPages("crowded", TokenColours.light(), PageSize.A4)) {
                Graphics2D g = pages.newPage();
                for (int i = 0; i < SHAPES; i++) {
                    g.setPaint(new Color(i & 0xFFFFFF));
                    g.fill(new Rectangle2D.Double(i % 800, (i / 800) % 500, 0.5 + i % 7, 0.5 + i % 5));
                }
                pages.write(Path.of(args[0]));
            }
        }
    }
}
