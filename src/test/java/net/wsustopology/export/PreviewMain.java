package net.wsustopology.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.wsustopology.layout.Plans;
import net.wsustopology.model.Topology;

class PreviewMain {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/preview");
        Files.createDirectories(dir);
        Topology t = SamplePlans.enterprise();
        Exporter.export(t, SamplePlans.findingsFor(t), dir.resolve("plan.pdf"), ExportOptions.defaults());
        Exporter.export(t, SamplePlans.findingsFor(t), dir.resolve("plan.png"), ExportOptions.defaults().withScale(1));
        Exporter.export(t, SamplePlans.findingsFor(t), dir.resolve("dark.pdf"), ExportOptions.defaults().withTheme(Theme.DARK));
        Topology wide = new Topology();
        wide.setName("Thousand branches");
        Plans.root(wide, "hq");
        for (int i = 0; i < 1000; i++) Plans.downstream(wide, "b" + i, "hq");
        Plans.downstream(wide, "loop1", "loop2");
        Plans.downstream(wide, "loop2", "loop1");
        Exporter.export(wide, List.of(), dir.resolve("wide.pdf"), ExportOptions.defaults());
        Exporter.export(wide, List.of(), dir.resolve("wide.png"), ExportOptions.defaults().withScale(0.25));
    }
}
