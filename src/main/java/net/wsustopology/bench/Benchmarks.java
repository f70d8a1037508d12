package net.wsustopology.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import net.wsustopology.command.SetValueCommand;
import net.wsustopology.document.Document;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Validator;

/**
 * Times the operations that must stay fast on big plans, for generated plans of 1k, 10k and
 * 100k servers: {@code java -cp target/wsus-topology.jar net.wsustopology.bench.Benchmarks [SIZES...]}.
 * Prints a table and writes target/benchmarks.json.
 */
public final class Benchmarks {
    private static final long SEED = 42;

    private final List<Measurement> results = new ArrayList<>();
    private final Path work;

    private Benchmarks(Path work) { this.work = work; }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000} : parse(args);
        Path work = Files.createTempDirectory("wsus-bench");
        Benchmarks bench = new Benchmarks(work);
        for (int n : sizes) bench.run(n);
        bench.printTable();
        Path out = Path.of("target", "benchmarks.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, bench.json());
        System.out.println("wrote " + out);
        try (var files = Files.list(work)) {
            for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(work);
    }

    private static int[] parse(String[] args) {
        int[] sizes = new int[args.length];
        for (int i = 0; i < args.length; i++) sizes[i] = Integer.parseInt(args[i].replace("_", "").replace("k", "000"));
        return sizes;
    }

    /** Fewer repetitions for bigger plans so the whole run stays around a minute. */
    private static int repetitions(int n) { return n >= 100_000 ? 5 : n >= 10_000 ? 11 : 31; }

    private interface Step { void run() throws Exception; }

    private void measure(String operation, int n, int reps, Step before, Step step, Step after) throws Exception {
        double[] millis = new double[reps];
        for (int warm = 0; warm < 2; warm++) { before.run(); step.run(); after.run(); }
        for (int i = 0; i < reps; i++) {
            before.run();
            long start = System.nanoTime();
            step.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
            after.run();
        }
        results.add(new Measurement(operation, n, millis));
    }

    private void measure(String operation, int n, int reps, Step step) throws Exception {
        measure(operation, n, reps, () -> { }, step, () -> { });
    }

    private void run(int n) throws Exception {
        System.out.println("plan of " + n + " servers...");
        int reps = repetitions(n);
        Topology generated = PlanGenerator.generate(n, SEED);
        Path file = work.resolve("plan-" + n + ".wsus.json");
        TopologyFiles.save(generated, file);
        Topology[] loaded = new Topology[1];
        measure("load", n, reps, () -> loaded[0] = TopologyFiles.load(file));
        Topology t = loaded[0];
        measure("full validation", n, reps, () -> new Validator().validate(t));
        Document doc = new Document(t, file);
        List<Server> servers = t.servers();
        Server leaf = servers.get(servers.size() - 1);
        Server hub = t.roots().get(0);
        measure("revalidate after language edit", n, reps * 3, () -> { }, () -> {
            LanguageSelection current = hub.getLanguages();
            doc.execute(new SetValueCommand<>(hub.languagesProperty(), current.with("fi", !current.includes("fi")), "Set languages"));
            doc.validator().flush();
        }, () -> doc.commands().endGesture());
        Server newUpstream = t.upstreamOf(t.upstreamOf(leaf)) == null ? hub : t.upstreamOf(t.upstreamOf(leaf));
        measure("re-parent one server", n, reps * 3, () -> { }, () -> doc.execute(doc.edits().reparent(leaf, newUpstream)),
                () -> doc.commands().undo());
        Server middle = servers.get(servers.size() / 2);
        measure("delete one server", n, reps * 3, () -> { }, () -> doc.execute(doc.edits().delete(List.of(middle))),
                () -> doc.commands().undo());
        measure("tree layout", n, reps, () -> new TreeLayout().layout(t));
        Path saved = work.resolve("saved-" + n + ".wsus.json");
        measure("save", n, reps, () -> TopologyFiles.save(t, saved));
        doc.validator().detach();
    }

    private void printTable() {
        System.out.printf(Locale.ROOT, "%n%-34s %9s %12s %12s%n", "operation", "servers", "median ms", "p95 ms");
        for (Measurement m : results) {
            System.out.printf(Locale.ROOT, "%-34s %9d %12.2f %12.2f%n", m.operation(), m.servers(), m.median(), m.p95());
        }
    }

    private String json() throws IOException {
        StringWriter text = new StringWriter();
        try (JsonWriter out = new JsonWriter(text)) {
            out.setFormattingStyle(FormattingStyle.PRETTY.withIndent("  ").withNewline("\n"));
            out.beginObject().name("results").beginArray();
            for (Measurement m : results) {
                out.beginObject().name("operation").value(m.operation()).name("servers").value(m.servers())
                        .name("runs").value(m.millis().length)
                        .name("medianMs").value(Math.round(m.median() * 1000) / 1000.0)
                        .name("p95Ms").value(Math.round(m.p95() * 1000) / 1000.0).endObject();
            }
            out.endArray().endObject();
        }
        return text + "\n";
    }
}
