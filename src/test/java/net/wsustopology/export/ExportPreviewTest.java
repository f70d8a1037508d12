package net.wsustopology.export;

import java.nio.file.Path;
import java.nio.file.Paths;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class ExportPreviewTest {
    @Test
    void writePreview() throws Exception {
        Topology t = SamplePlans.enterprise();
        Path dir = Paths.get("target/preview");
        java.nio.file.Files.createDirectories(dir);
        for (String ext : new String[] {"pdf", "png", "svg", "dot", "graphml", "csv"}) {
            Exporter.export(t, SamplePlans.findingsFor(t), dir.resolve("plan." + ext), ExportOptions.defaults());
        }
        Exporter.export(t, SamplePlans.findingsFor(t), dir.resolve("dark.png"), ExportOptions.defaults().withTheme(Theme.DARK));
        Topology big = SamplePlans.large(400);
        Exporter.export(big, java.util.List.of(), dir.resolve("big.pdf"), ExportOptions.defaults());
    }
}
