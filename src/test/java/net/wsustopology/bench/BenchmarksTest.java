package net.wsustopology.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class BenchmarksTest {
    @Test
    void measuresEveryOperationAndReportsThemAsJson() throws Exception {
        BenchReport report = new BenchReport();
        Benchmarks.run(new int[] {60}, report);
        JsonObject json = JsonParser.parseString(report.json()).getAsJsonObject();
        JsonArray results = json.getAsJsonArray("results");
        List<String> operations = results.asList().stream().map(e -> e.getAsJsonObject().get("operation").getAsString())
                .filter(o -> !o.startsWith("graphviz") && !o.startsWith("fit zoom")).toList();
        assertEquals(List.of("heap used, loaded + validated", "heap held by the plan", "load", "full validation",
                "revalidate after language edit", "re-parent one server", "delete one server", "tree layout", "export SVG", "save"),
                operations);
        List<Integer> fitted = new ArrayList<>();
        for (JsonElement e : results) {
            JsonObject r = e.getAsJsonObject();
            if (r.get("operation").getAsString().startsWith("fit zoom at 1600x900")) {
                assertEquals(Measurement.ZOOM, r.get("unit").getAsString());
                fitted.add(r.get("servers").getAsInt());
                continue;
            }
            assertEquals(60, r.get("servers").getAsInt());
            if (r.get("unit").getAsString().equals(Measurement.MILLIS) && !r.get("operation").getAsString().startsWith("graphviz")) {
                assertTrue(r.get("runs").getAsInt() >= 3, r.toString());
            }
            assertTrue(r.get("p95").getAsDouble() >= r.get("median").getAsDouble(), r.toString());
        }
        assertEquals(List.of(46, 100, 300, 3003, 10010), fitted,
                "the fit zoom of the three-region sample, the 100- and 300-server regional plans and the plans in hubs");
        assertTrue(json.getAsJsonObject("graphviz").has("comparisons"));
    }

    @Test
    void percentilesComeFromTheSortedTimings() {
        Measurement m = Measurement.millis("x", 1, new double[] {5, 1, 4, 2, 3, 100, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19});
        assertEquals(10, m.median());
        assertEquals(19, m.p95());
    }

    @Test
    void sizesAcceptThousandsShorthand() {
        assertEquals(List.of(1000, 10000, 2500), Arrays.stream(Benchmarks.parse(new String[] {"1k", "10_000", "2500"})).boxed().toList());
    }
}
