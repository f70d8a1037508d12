package net.wsustopology.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SVG of a big plan is written as it is drawn, never held whole: 8,000 servers, drawn in full
 * detail (10 MB of SVG), export in a 48 MB heap, where the whole document, copied as JFreeSVG
 * assembles it, needed 96 MB.
 */
class SvgHeapTest {
    static final int SERVERS = 8_000;
    static final int HEAP_MEGABYTES = 48;

    @TempDir Path dir;

    @Test
    void theSvgOfABigPlanIsWrittenInASmallHeap() throws Exception {
        Path out = dir.resolve("big.svg");
        SmallHeap.Result result = SmallHeap.run(HEAP_MEGABYTES, ExportBigPlan.class, out.toString());
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(Files.size(out) > 8_000_000, "the SVG holds the whole plan: " + Files.size(out));
        String end = tail(out, 200);
        assertTrue(end.trim().endsWith("</svg>"), end);
    }

    private static String tail(Path file, int bytes) throws Exception {
        byte[] all = Files.readAllBytes(file);
        return new String(all, all.length - bytes, bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The forked process: exports a generated plan of {@link #SERVERS} servers to the file named. */
    public static final class ExportBigPlan {
        public static void main(String[] args) throws Exception {
            Topology plan = PlanGenerator.generate(SERVERS, 23);
            Exporter.export(plan, List.of(), Path.of(args[0]), ExportOptions.defaults());
        }
    }
}
