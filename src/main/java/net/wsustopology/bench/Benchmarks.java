package net.wsustopology.bench;

import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.wsustopology.document.Document;
import net.wsustopology.export.ExportFormat;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Exporter;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Validator;

/**
 * Times the operations that must stay fast on big plans, for generated plans of 1k, 10k and
 * 100k servers: {@code java -cp target/wsus-topology.jar net.wsustopology.bench.Benchmarks [SIZES...]}.
 * Prints a table and writes target/benchmarks.json. {@code mvn -Pbench verify} runs these and the
 * editor's timings ({@code EditorBenchmark}, test classpath) together.
 */
public final class Benchmarks {
    public static final long SEED = 42;
    public static final int[] SIZES = {1_000, 10_000, 100_000};
    /** Graphviz needs minutes beyond this size, so it is compared on the smaller plans only. */
    private static final int GRAPHVIZ_MAX_SERVERS = 10_000;

    private final BenchReport report;
    private final Path work;
    private final Optional<Graphviz> graphviz = Graphviz.onPath();
    private final List<ValidateProcess> validateProcesses;

    private Benchmarks(BenchReport report, Path work, List<ValidateProcess> validateProcesses) {
        this.report = report;
        this.work = work;
        this.validateProcesses = validateProcesses;
    }

    public static void main(String[] args) throws Exception {
        BenchReport report = new BenchReport();
        run(args.length == 0 ? SIZES : parse(args), report, true);
        report.print(System.out);
        System.out.println("wrote " + report.write(Path.of("target", "benchmarks.json")));
    }

    /** Runs the model, file and export benchmarks at each size into {@code report}. */
    public static void run(int[] sizes, BenchReport report) throws Exception {
        run(sizes, report, false);
    }

    /**
     * As {@link #run(int[], BenchReport)}; with {@code validateProcess} also times the packaged
     * jar's {@code validate} as a whole process (skipped, with a line saying so, when there is no jar),
     * and the app image's launchers when {@code mvn -Pdist package} made the image.
     */
    public static void run(int[] sizes, BenchReport report, boolean validateProcess) throws Exception {
        Path work = Files.createTempDirectory("wsus-bench");
        try {
            List<ValidateProcess> processes = new ArrayList<>();
            if (validateProcess) {
                Optional<ValidateProcess> jar = ValidateProcess.jar();
                if (jar.isEmpty()) System.out.println("no " + ValidateProcess.JAR + ": the whole-process validate timing is skipped (run mvn package first)");
                jar.ifPresent(processes::add);
                List<ValidateProcess> image = ValidateProcess.imageLaunchers(ValidateProcess.DIST);
                if (image.isEmpty()) System.out.println("no app image in " + ValidateProcess.DIST + ": its launchers are not timed (run mvn -Pdist package first)");
                processes.addAll(image);
            }
            Benchmarks bench = new Benchmarks(report, work, processes);
            if (bench.graphviz.isEmpty()) report.graphvizSkipped("dot is not on the PATH");
            fitZooms(report);
            for (int n : sizes) bench.run(n);
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : files.toList()) Files.delete(p);
            }
            Files.delete(work);
        }
    }

    /**
     * How big the tree layout shows whole plans in a 1600 x 900 view (cards 180 x 64 and the
     * Microsoft Update row): the three-region sample, regional plans of 100 and 300 servers and
     * plans of 3,003 and 10,010 servers in hubs (their summary level reads at this zoom, issue 28).
     */
    private static void fitZooms(BenchReport report) throws Exception {
        Path sample = Path.of("sample-topologies", "three-region-enterprise.wsus.json");
        if (Files.isRegularFile(sample)) {
            Topology t = TopologyFiles.load(sample);
            for (Server s : t.servers()) if (!s.isPinned()) s.setPosition(null);
            report.add(fitZoom(FIT_ZOOM + ", three-region sample", t));
        } else {
            System.out.println("no " + sample + ": its fit zoom is skipped (run from the project folder)");
        }
        for (int n : new int[] {100, 300}) report.add(fitZoom(FIT_ZOOM + ", 10 regions", PlanGenerator.regional(n, 10, SEED)));
        for (int roots : new int[] {3, 10}) report.add(fitZoom(FIT_ZOOM + ", roots x 10 hubs x 99 branches", PlanGenerator.hubs(roots, 10, 99, SEED)));
    }

    private static final String FIT_ZOOM = "fit zoom at 1600x900";

    private static Measurement fitZoom(String operation, Topology t) {
        double zoom = new TreeLayout().layout(t, 1600.0 / 900).fitZoom(1600, 900);
        return new Measurement(operation, t.size(), Measurement.ZOOM, new double[] {zoom});
    }

    public static int[] parse(String[] args) {
        int[] sizes = new int[args.length];
        for (int i = 0; i < args.length; i++) sizes[i] = Integer.parseInt(args[i].replace("_", "").replace("k", "000"));
        return sizes;
    }

    /** Fewer repetitions for bigger plans so the whole run stays around a few minutes. */
    private static int repetitions(int n) { return n >= 100_000 ? 5 : n >= 10_000 ? 11 : 31; }

    private interface Step { void run() throws Exception; }

    private double[] measure(String operation, int n, int reps, Step before, Step step, Step after) throws Exception {
        double[] millis = new double[reps];
        for (int warm = 0; warm < 2; warm++) { before.run(); step.run(); after.run(); }
        for (int i = 0; i < reps; i++) {
            before.run();
            long start = System.nanoTime();
            step.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
            after.run();
        }
        report.add(Measurement.millis(operation, n, millis));
        return millis;
    }

    private double[] measure(String operation, int n, int reps, Step step) throws Exception {
        return measure(operation, n, reps, () -> { }, step, () -> { });
    }

    private void run(int n) throws Exception {
        System.out.println("plan of " + n + " servers...");
        int reps = repetitions(n);
        Topology generated = PlanGenerator.generate(n, SEED);
        Path file = work.resolve("plan-" + n + ".wsus.json");
        TopologyFiles.save(generated, file);
        generated = null;
        heapAfterLoadAndValidate(file, n);
        for (ValidateProcess process : validateProcesses) {
            measure("validate process (" + process.label() + ")", n, Math.min(reps, 7), () -> process.millis(file));
        }
        Topology[] loaded = new Topology[1];
        measure("load", n, reps, () -> { loaded[0] = null; }, () -> loaded[0] = TopologyFiles.load(file), () -> { });
        Topology t = loaded[0];
        measure("full validation", n, reps, () -> new Validator().validate(t));
        Document doc = new Document(t, file);
        List<Server> servers = t.servers();
        Server leaf = servers.get(servers.size() - 1);
        Server hub = t.roots().get(0);
        measure("revalidate after language edit", n, reps * 3, () -> { }, () -> {
            LanguageSelection current = hub.getLanguages();
            doc.execute(doc.edits().setLanguages(hub, current.with("fi", !current.includes("fi")), "Set languages"));
            doc.validator().flush();
        }, () -> { });
        Server newUpstream = t.upstreamOf(t.upstreamOf(leaf)) == null ? hub : t.upstreamOf(t.upstreamOf(leaf));
        measure("re-parent one server", n, reps * 3, () -> { }, () -> doc.execute(doc.edits().reparent(leaf, newUpstream)),
                () -> doc.commands().undo());
        Server middle = servers.get(servers.size() / 2);
        measure("delete one server", n, reps * 3, () -> { }, () -> doc.execute(doc.edits().delete(List.of(middle))),
                () -> doc.commands().undo());
        measure("tree layout", n, reps, () -> new TreeLayout().layout(t));
        List<Finding> findings = doc.findings().all(t);
        Path svg = work.resolve("plan-" + n + ".svg");
        double[] svgMillis = measure("export SVG", n, Math.max(3, reps / 3), () -> Exporter.export(t, findings, svg, ExportFormat.SVG, ExportOptions.defaults()));
        Path saved = work.resolve("saved-" + n + ".wsus.json");
        measure("save", n, reps, () -> TopologyFiles.save(t, saved));
        doc.validator().detach();
        if (graphviz.isPresent() && n <= GRAPHVIZ_MAX_SERVERS) compareWithGraphviz(t, findings, n, median(svgMillis));
    }

    /** Heap in use with just this plan loaded and validated, after a full collection. */
    private void heapAfterLoadAndValidate(Path file, int n) throws Exception {
        Runtime rt = Runtime.getRuntime();
        settle(rt);
        long base = rt.totalMemory() - rt.freeMemory();
        Topology t = TopologyFiles.load(file);
        List<Finding> findings = new Validator().validate(t);
        settle(rt);
        long used = rt.totalMemory() - rt.freeMemory();
        Reference.reachabilityFence(t);
        Reference.reachabilityFence(findings);
        report.add(new Measurement("heap used, loaded + validated", n, Measurement.MEBIBYTES, new double[] {used / 1048576.0}));
        report.add(new Measurement("heap held by the plan", n, Measurement.MEBIBYTES, new double[] {(used - base) / 1048576.0}));
    }

    private static void settle(Runtime rt) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
    }

    private void compareWithGraphviz(Topology t, List<Finding> findings, int n, double oursMs) throws Exception {
        Path dotFile = work.resolve("plan-" + n + ".dot");
        Exporter.export(t, findings, dotFile, ExportFormat.DOT, ExportOptions.defaults());
        System.out.println("  dot -Tsvg on " + n + " servers (up to " + Graphviz.TIMEOUT_SECONDS + " s)...");
        Double dotMs = graphviz.get().timeSvg(dotFile, work.resolve("dot-" + n + ".svg"));
        report.addComparison(new BenchReport.Comparison(n, oursMs, dotMs,
                dotMs == null ? "> " + Graphviz.TIMEOUT_SECONDS + " s" : null));
        if (dotMs != null) report.add(Measurement.millis("graphviz dot -Tsvg (1 run)", n, new double[] {dotMs}));
    }

    private static double median(double[] values) {
        return Measurement.millis("", 0, values).median();
    }
}
