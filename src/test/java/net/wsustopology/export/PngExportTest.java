package net.wsustopology.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.Plans;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExportTest {
    @TempDir Path dir;

    @Test
    void imageIsTheLayoutSizeTimesTheScale() throws Exception {
        Topology t = SamplePlans.enterprise();
        LayoutResult layout = new TreeLayout().layout(t);
        Path out = dir.resolve("plan.png");
        Exporter.export(t, SamplePlans.findingsFor(t), out, ExportOptions.defaults().withLegend(false));
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(ExportOptions.DEFAULT_SCALE, 2.0);
        assertEquals(Math.ceil(Math.max(layout.width(), layout.height() * 16 / 9) * 2), image.getWidth(), 1);
        assertEquals(Math.ceil(layout.height() * 2), image.getHeight());
        assertTrue(colours(image) > 20, "antialiased drawing has many shades");
    }

    @Test
    void legendAddsRowsUnderTheDiagram() throws Exception {
        Topology t = SamplePlans.enterprise();
        LayoutResult layout = new TreeLayout().layout(t);
        Path out = dir.resolve("legend.png");
        Exporter.export(t, null, out, ExportOptions.defaults().withScale(1));
        BufferedImage image = ImageIO.read(out.toFile());
        assertTrue(image.getWidth() >= Math.ceil(layout.width()));
        assertTrue(image.getHeight() > layout.height());
    }

    @Test
    void aSmallPlanIsAWidePictureNotATallNarrowOne() throws Exception {
        Topology t = new Topology();
        Plans.root(t, "hq");
        Plans.downstream(t, "warehouse", "hq").setReplica(true);
        Path out = dir.resolve("small.png");
        Exporter.export(t, null, out, ExportOptions.defaults());
        BufferedImage image = ImageIO.read(out.toFile());
        assertTrue(image.getWidth() >= image.getHeight() * 16 / 9 - 2, image.getWidth() + " x " + image.getHeight());
    }

    @Test
    void hugePicturesAreScaledDownToFitMemory() {
        double scale = PngExporter.fittingScale(400_000, 2_000, 2);
        assertTrue(400_000 * scale <= PngExporter.MAX_SIDE);
        assertEquals(2.0, PngExporter.fittingScale(1000, 800, 2));
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) for (int x = 0; x < image.getWidth(); x += 3) seen.add(image.getRGB(x, y));
        return seen.size();
    }
}
