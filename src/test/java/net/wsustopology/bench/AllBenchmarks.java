package net.wsustopology.bench;

import java.nio.file.Path;
import net.wsustopology.ui.canvas.EditorBenchmark;

/**
 * Every benchmark in one run: model, files and export at 1k/10k/100k servers, the SVG and PDF
 * of the 3,003-server plan in hubs ({@link HubPlanExports}), Graphviz where installed, huge and hostile plans ({@link HostileBenchmarks}; alone with
 * {@code -Dbench.args=--hostile-only}), and the headless editor at 1k/2k/5k. Run with {@code mvn -Pbench verify}; prints
 * one table and writes target/benchmarks.json. Lives with the tests because the headless
 * toolkit (Monocle) is a test dependency.
 */
public final class AllBenchmarks {
    private AllBenchmarks() { }

    public static void main(String[] args) throws Exception {
        BenchReport report = new BenchReport();
        boolean editorOnly = args.length > 0 && args[0].equals("--editor-only");
        boolean hostileOnly = args.length > 0 && args[0].equals("--hostile-only");
        if (!editorOnly && !hostileOnly) {
            Benchmarks.run(Benchmarks.SIZES, report, true);
            HubPlanExports.run(report);
        }
        if (!editorOnly) HostileBenchmarks.run(HostileBenchmarks.SIZES, report);
        if (!hostileOnly) EditorBenchmark.run(EditorBenchmark.SIZES, report);
        report.print(System.out);
        System.out.println("wrote " + report.write(Path.of("target", "benchmarks.json")));
    }
}
