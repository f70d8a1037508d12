package net.wsustopology.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.wsustopology.diff.PlanDiff;
import net.wsustopology.export.ExportFormat;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Exporter;
import net.wsustopology.fix.FixRun;
import net.wsustopology.fix.FixSettings;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Validator;

/**
 * Huge and hostile plans (issue 23): fix and diff at 10k and 100k servers, diff, fix and PDF of a
 * chain 20,000 deep, a PDF with a 10,000-character host name, and the packaged jar's SVG of
 * 200,000 servers and PDF of 100,000 servers under one upstream in a 1 GB heap. Each row runs once or a few
 * times: these are about time that grows faster than the input, not about milliseconds.
 * {@code java -cp wsus-topology.jar net.wsustopology.bench.HostileBenchmarks [10k 100k]}.
 */
public final class HostileBenchmarks {
    public static final int[] SIZES = {10_000, 100_000};
    static final int CHAIN = 20_000;
    static final int LONG_NAME = 10_000;
    private static final long SEED = 23;

    private final BenchReport report;
    private final Path work;

    private HostileBenchmarks(BenchReport report, Path work) {
        this.report = report;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        BenchReport report = new BenchReport();
        run(args.length == 0 ? SIZES : Benchmarks.parse(args), report);
        report.print(System.out);
    }

    public static void run(int[] sizes, BenchReport report) throws Exception {
        Path work = Files.createTempDirectory("wsus-hostile-bench");
        try {
            HostileBenchmarks bench = new HostileBenchmarks(report, work);
            for (int n : sizes) bench.fixAndDiff("", PlanGenerator.generate(n, SEED), n);
            Topology deep = PlanGenerator.chain(CHAIN);
            bench.time("diff, chain " + CHAIN + " deep", CHAIN, 3, () -> PlanDiff.compare(deep, PlanGenerator.chain(CHAIN)));
            bench.time("fix, chain " + CHAIN + " deep", CHAIN, 1, () -> fix(PlanGenerator.chain(CHAIN)));
            bench.pdf("export PDF, chain " + CHAIN + " deep", PlanGenerator.chain(CHAIN));
            bench.pdf("export PDF, a " + LONG_NAME + "-character host name", longName(LONG_NAME));
            bench.exportInOneGigabyte("export SVG, 200k servers", PlanGenerator.generate(200_000, SEED), "svg");
            bench.exportInOneGigabyte("export PDF, 100k under one upstream", PlanGenerator.regional(100_000, 99_999, SEED), "pdf");
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : files.toList()) Files.delete(p);
            }
            Files.delete(work);
        }
    }

    private void fixAndDiff(String what, Topology plan, int n) throws Exception {
        Topology actual = TopologyFiles.parse(TopologyFiles.toJson(plan), "actual");
        int i = 0;
        for (Server s : actual.servers()) if (i++ % 7 == 0) s.setClients(s.getClients() + 1);
        for (Server s : actual.servers()) if (i++ % 11 == 0) s.setUseSsl(!s.isUseSsl());
        time("diff" + what, n, 3, () -> PlanDiff.compare(plan, actual));
        withFixableFindings(plan);
        time("fix" + what + ", every 4th server with a fix to apply", n, 1, () -> fix(plan));
    }

    /** The generated plans have no finding with a safe fix: an HTTPS port not paired with the HTTP port on every fourth server gives fix its work. */
    static void withFixableFindings(Topology plan) {
        int i = 0;
        for (Server s : plan.servers()) if (i++ % 4 == 0) s.setHttpsPort(9000);
    }

    private static void fix(Topology plan) { new FixRun(plan, Set.of(), FixSettings.DEFAULT).run("Fix"); }

    private void pdf(String what, Topology plan) throws Exception {
        Path out = work.resolve("hostile.pdf");
        time(what, plan.size(), 1, () -> Exporter.export(plan, new Validator().validate(plan), out, ExportFormat.PDF, ExportOptions.defaults()));
    }

    /** The packaged jar's export with {@link HeapLimitedExport#HEAP}; skipped, with a line saying so, without the jar. */
    private void exportInOneGigabyte(String what, Topology plan, String extension) throws Exception {
        var process = HeapLimitedExport.jar();
        if (process.isEmpty()) {
            System.out.println("no " + ValidateProcess.JAR + ": '" + what + "' is skipped (run mvn package first)");
            return;
        }
        Path file = work.resolve("huge.wsus.json");
        TopologyFiles.save(plan, file);
        Path out = work.resolve("huge." + extension);
        time(what + ", java " + HeapLimitedExport.HEAP + " -jar", plan.size(), 1, () -> process.get().run(file, out));
    }

    private interface Step { void run() throws Exception; }

    private void time(String operation, int n, int reps, Step step) {
        double[] millis = new double[reps];
        for (int r = 0; r < reps; r++) {
            long start = System.nanoTime();
            try {
                step.run();
            } catch (Exception e) {
                throw new IllegalStateException(operation + " failed: " + e, e);
            }
            millis[r] = (System.nanoTime() - start) / 1e6;
        }
        Measurement m = Measurement.millis(operation, n, millis);
        report.add(m);
        System.out.println(operation + " (" + n + " servers): " + List.of(millis.length == 1 ? millis[0] : millis[reps / 2]) + " ms");
    }

    static Topology longName(int length) {
        Topology t = PlanGenerator.generate(50, SEED);
        t.servers().get(1).setName("w".repeat(length) + ".corp.example.com");
        return t;
    }
}
