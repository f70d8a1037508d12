package net.wsustopology.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;

/** Collects measurements from every benchmark of a run, prints them as one table and writes them as JSON. */
public final class BenchReport {
    /** Our SVG export next to Graphviz {@code dot -Tsvg} on the same tree; {@code dotMs} is null when dot timed out. */
    public record Comparison(int servers, double oursMs, Double dotMs, String note) {
        Double ratio() { return dotMs == null ? null : dotMs / oursMs; }
    }

    private final List<Measurement> results = new ArrayList<>();
    private final List<Comparison> graphviz = new ArrayList<>();
    private String graphvizSkipped;

    public void add(Measurement m) { results.add(m); }

    public void addComparison(Comparison c) { graphviz.add(c); }

    public void graphvizSkipped(String why) { graphvizSkipped = why; }

    public List<Measurement> results() { return List.copyOf(results); }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "%n%-40s %9s %12s %12s %5s%n", "operation", "servers", "median", "p95", "unit");
        for (Measurement m : results) {
            out.printf(Locale.ROOT, "%-40s %9d %12.2f %12.2f %5s%n", m.operation(), m.servers(), m.median(), m.p95(), m.unit());
        }
        if (graphvizSkipped != null) out.println("\nGraphviz: " + graphvizSkipped);
        if (graphviz.isEmpty()) return;
        out.printf(Locale.ROOT, "%n%-40s %9s %12s %12s %8s%n", "SVG of the same tree", "servers", "ours ms", "dot ms", "dot/ours");
        for (Comparison c : graphviz) {
            out.printf(Locale.ROOT, "%-40s %9d %12.1f %12s %8s%n", "export SVG vs dot -Tsvg", c.servers(), c.oursMs(),
                    c.dotMs() == null ? c.note() : String.format(Locale.ROOT, "%.1f", c.dotMs()),
                    c.ratio() == null ? "-" : String.format(Locale.ROOT, "%.1fx", c.ratio()));
        }
    }

    public Path write(Path out) throws IOException {
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.writeString(out, json());
        return out;
    }

    String json() throws IOException {
        StringWriter text = new StringWriter();
        try (JsonWriter out = new JsonWriter(text)) {
            out.setFormattingStyle(FormattingStyle.PRETTY.withIndent("  ").withNewline("\n"));
            out.beginObject();
            out.name("machine").beginObject().name("cores").value(Runtime.getRuntime().availableProcessors())
                    .name("java").value(System.getProperty("java.version")).endObject();
            out.name("results").beginArray();
            for (Measurement m : results) {
                out.beginObject().name("operation").value(m.operation()).name("servers").value(m.servers())
                        .name("unit").value(m.unit()).name("runs").value(m.values().length)
                        .name("median").value(round(m.median())).name("p95").value(round(m.p95())).endObject();
            }
            out.endArray();
            out.name("graphviz").beginObject();
            if (graphvizSkipped != null) out.name("skipped").value(graphvizSkipped);
            out.name("comparisons").beginArray();
            for (Comparison c : graphviz) {
                out.beginObject().name("servers").value(c.servers()).name("oursSvgMs").value(round(c.oursMs()));
                if (c.dotMs() == null) out.name("dotSvgMs").nullValue().name("note").value(c.note());
                else out.name("dotSvgMs").value(round(c.dotMs())).name("dotOverOurs").value(round(c.ratio()));
                out.endObject();
            }
            out.endArray().endObject();
            out.endObject();
        }
        return text + "\n";
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }
}
