package net.wsustopology.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class BenchmarksTest {
    @Test
    void measuresEveryOperationAndWritesJson() throws Exception {
        Benchmarks.main(new String[] {"60"});
        JsonArray results = JsonParser.parseString(Files.readString(Path.of("target", "benchmarks.json")))
                .getAsJsonObject().getAsJsonArray("results");
        List<String> operations = results.asList().stream().map(e -> e.getAsJsonObject().get("operation").getAsString()).toList();
        assertEquals(List.of("load", "full validation", "revalidate after language edit", "re-parent one server",
                "delete one server", "tree layout", "save"), operations);
        for (JsonElement e : results) {
            JsonObject r = e.getAsJsonObject();
            assertEquals(60, r.get("servers").getAsInt());
            assertTrue(r.get("runs").getAsInt() >= 5);
            assertTrue(r.get("p95Ms").getAsDouble() >= r.get("medianMs").getAsDouble(), r.toString());
        }
    }

    @Test
    void percentilesComeFromTheSortedTimings() {
        Measurement m = new Measurement("x", 1, new double[] {5, 1, 4, 2, 3, 100, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19});
        assertEquals(10, m.median());
        assertEquals(19, m.p95());
    }
}
