package net.wsustopology.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import net.wsustopology.diff.DiffFixtures;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    private static final String PLANNED = DiffFixtures.PLANNED.toString();
    private static final String COLLECTED = DiffFixtures.COLLECTED.toString();
    @TempDir Path tmp;

    @Test
    void exit0WhenNothingDiffers() {
        CliRun run = CliRun.of("diff", PLANNED, PLANNED);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(PLANNED + " and " + PLANNED + ": no differences\n", run.out());
    }

    @Test
    void exit1AndOneLinePerDifferenceGroupedByServer() {
        CliRun run = CliRun.of("diff", PLANNED, COLLECTED);
        assertEquals(1, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(9, lines.length, run.out());
        assertEquals("wsus-ber.fabrikam.com (ber): sync.perDay: planned 1, actual 2", lines[0]);
        assertEquals("wsus-lab.fabrikam.com (wsus-lab): in the actual file but not planned (syncs from wsus-ber)", lines[7]);
        assertEquals(PLANNED + " vs " + COLLECTED + ": 4 settings differ, 1 planned only, 1 not planned, 1 unreachable,"
                + " 1 failed last sync", lines[8]);
    }

    @Test
    void jsonFollowsTheSpec() {
        CliRun run = CliRun.of("diff", PLANNED, COLLECTED, "--json");
        assertEquals(1, run.exitCode(), run.err());
        JsonObject doc = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(PLANNED, doc.get("planned").getAsString());
        assertEquals(COLLECTED, doc.get("actual").getAsString());
        assertEquals("[\"vie\"]", doc.get("onlyPlanned").toString());
        assertEquals("[\"wsus-lab.fabrikam.com\"]", doc.get("onlyActual").toString());
        JsonArray changed = doc.getAsJsonArray("changed");
        assertEquals(4, changed.size());
        JsonObject ssl = changed.get(3).getAsJsonObject();
        assertEquals("wsus-ber-r2.fabrikam.com", ssl.get("server").getAsString());
        assertEquals("ber-r2", ssl.get("plannedId").getAsString());
        assertEquals("wsus-ber-r2", ssl.get("actualId").getAsString());
        assertEquals("updateSource.useSsl", ssl.get("setting").getAsString());
        assertTrue(ssl.get("planned").getAsBoolean());
        assertEquals(false, ssl.get("actual").getAsBoolean());
        assertEquals(8531, changed.get(2).getAsJsonObject().get("planned").getAsInt());
        JsonArray observed = doc.getAsJsonArray("observed");
        assertEquals(2, observed.size());
        JsonObject par = observed.get(0).getAsJsonObject();
        assertEquals("wsus-par.fabrikam.com", par.get("server").getAsString());
        assertTrue(par.get("reachable").getAsBoolean());
        assertEquals("Failed", par.get("lastSyncResult").getAsString());
        JsonObject osa = observed.get(1).getAsJsonObject();
        assertEquals(false, osa.get("reachable").getAsBoolean());
        assertTrue(osa.get("lastSyncResult").isJsonNull());
    }

    @Test
    void languagesAreAllOrTheSortedCodeListInJson() throws Exception {
        Path actual = tmp.resolve("actual.wsus.json");
        Files.writeString(actual, Files.readString(DiffFixtures.PLANNED).replace("\"codes\": [\"de\", \"en\"]", "\"codes\": [\"fr\", \"de\", \"en\"]")
                .replace("\"all\": true, \"codes\": []},\n     \"sync\": {\"automatic\": true, \"firstSyncUtc\": \"03:20\"",
                        "\"all\": false, \"codes\": [\"en\"]},\n     \"sync\": {\"automatic\": true, \"firstSyncUtc\": \"03:20\""));
        JsonArray changed = JsonParser.parseString(CliRun.of("diff", PLANNED, actual.toString(), "--json").out())
                .getAsJsonObject().getAsJsonArray("changed");
        assertEquals("[\"de\",\"en\"]", changed.get(0).getAsJsonObject().get("planned").toString());
        assertEquals("[\"de\",\"en\",\"fr\"]", changed.get(0).getAsJsonObject().get("actual").toString());
        assertEquals("\"all\"", changed.get(1).getAsJsonObject().get("planned").toString());
        assertEquals("[\"en\"]", changed.get(1).getAsJsonObject().get("actual").toString());
    }

    @Test
    void exit2ForAMissingFileOrAWronglyTypedObservedMember() throws Exception {
        CliRun missing = CliRun.of("diff", PLANNED, tmp.resolve("none.wsus.json").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("there is no such file"), missing.err());
        Path bad = tmp.resolve("bad.wsus.json");
        Files.writeString(bad, Files.readString(DiffFixtures.COLLECTED).replace("\"reachable\": false", "\"reachable\": \"no\""));
        CliRun typed = CliRun.of("diff", PLANNED, bad.toString());
        assertEquals(2, typed.exitCode());
        assertTrue(typed.err().matches("(?s).*bad\\.wsus\\.json: line \\d+, column \\d+ \\(\\$\\.servers\\[3\\]\\.observed\\.reachable\\):"
                + " expected true or false but found \"no\".*"), typed.err());
        assertEquals(2, CliRun.of("diff", PLANNED).exitCode(), "two files are needed");
    }

    @Test
    void unknownObservedMembersAreKeptAndDoNotDiffer() throws Exception {
        Path extra = tmp.resolve("extra.wsus.json");
        Files.writeString(extra, Files.readString(DiffFixtures.COLLECTED).replace("\"lastSyncResult\": \"Succeeded\", \"error\": null}",
                "\"lastSyncResult\": \"Succeeded\", \"error\": null, \"lastRollupUtc\": \"2027-03-01T03:30:00Z\"}"));
        CliRun run = CliRun.of("diff", PLANNED, extra.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(CliRun.of("diff", PLANNED, COLLECTED).out().replace(COLLECTED, extra.toString()), run.out());
    }

    @Test
    void toWritesADriftReportAndRefusesAnotherFormat() throws Exception {
        String plan = DiffFixtures.THREE_REGION.toString();
        String collected = DiffFixtures.THREE_REGION_COLLECTED.toString();
        Path csv = tmp.resolve("report.csv");
        CliRun run = CliRun.of("diff", plan, collected, "--to", csv.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(10, Files.readAllLines(csv).size(), "a header and nine differences");
        Path pdf = tmp.resolve("report.pdf");
        assertEquals(1, CliRun.of("diff", plan, collected, "--to", pdf.toString()).exitCode());
        assertTrue(Files.size(pdf) > 1000);
        CliRun bad = CliRun.of("diff", plan, collected, "--to", tmp.resolve("report.txt").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("a drift report is a .pdf or a .csv file"), bad.err());
    }

    @Test
    void aServerWithTheSameIdAndAnotherHostNameIsReportedAsRenamed() throws Exception {
        Topology plan = TopologyFiles.load(Path.of(PLANNED));
        Server renamed = plan.servers().get(1);
        String planned = renamed.getName();
        renamed.setName("wsus-renamed.corp.contoso.com");
        Path actual = tmp.resolve("renamed.wsus.json");
        TopologyFiles.save(plan, actual);
        CliRun run = CliRun.of("diff", PLANNED, actual.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("name: planned " + planned + ", actual wsus-renamed.corp.contoso.com"), run.out());
        CliRun only = CliRun.of("scripts", PLANNED, "--to", tmp.resolve("s").toString(), "--only-changed", actual.toString(), "--force");
        // no script renames a host (and a script refuses to run on a host of another name): a change to make by hand
        assertTrue(only.out().contains("1 difference no script applies, listed in rollout-order.txt"), only.out());
        assertTrue(Files.readString(tmp.resolve("s").resolve("rollout-order.txt")).contains("name: planned " + planned), only.out());
    }
}
