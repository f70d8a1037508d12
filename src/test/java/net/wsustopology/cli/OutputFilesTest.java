package net.wsustopology.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the commands write: never through a planted link, never over a read-only file, nothing stale left. */
class OutputFilesTest {
    private static final Path CLEAN = Path.of("sample-topologies/three-region-enterprise.wsus.json");
    @TempDir Path tmp;

    private Path copyOfSample() throws Exception {
        Path plan = tmp.resolve("plan.wsus.json");
        Files.copy(CLEAN, plan);
        return plan;
    }

    @Test
    void scriptsAndCollectorReplaceAPlantedLinkInsteadOfWritingThroughIt(@TempDir Path elsewhere) throws Exception {
        Topology plan = TopologyFiles.load(CLEAN);
        String firstId = plan.servers().get(0).getName().toLowerCase(Locale.ROOT);
        Path out = Files.createDirectory(tmp.resolve("out"));
        Path victim = elsewhere.resolve("victim.txt");
        Files.writeString(victim, "precious");
        Files.createSymbolicLink(out.resolve(firstId + ".ps1"), victim);
        Files.createSymbolicLink(out.resolve("Get-WsusHierarchy.ps1"), elsewhere.resolve("made-outside.ps1"));
        assertEquals(0, CliRun.of("scripts", CLEAN.toString(), "--to", out.toString()).exitCode());
        assertEquals(0, CliRun.of("collector", "--to", out.toString()).exitCode());
        assertEquals("precious", Files.readString(victim));
        assertFalse(Files.exists(elsewhere.resolve("made-outside.ps1")));
        assertFalse(Files.isSymbolicLink(out.resolve(firstId + ".ps1")));
        assertTrue(Files.readString(out.resolve(firstId + ".ps1")).contains("$config.Save()"));
    }

    @Test
    void scriptsOverAnOlderOutputRemoveTheScriptsItsRolloutOrderListed() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("scripts", CLEAN.toString(), "--to", out.toString()).exitCode());
        Topology big = TopologyFiles.load(CLEAN);
        Topology small = TopologyFiles.load(CLEAN);
        for (Server s : List.copyOf(small.servers())) if (s.getUpstreamId() != null) small.removeServer(s);
        Path smallPlan = tmp.resolve("small.wsus.json");
        TopologyFiles.save(small, smallPlan);
        Files.writeString(out.resolve("notes.ps1"), "my own script, not listed");
        CliRun run = CliRun.of("scripts", smallPlan.toString(), "--to", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        int gone = big.size() - small.size();
        assertTrue(run.out().contains("removed " + gone + " script"), run.out());
        try (Stream<Path> files = Files.list(out)) {
            List<String> left = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ps1")).sorted().toList();
            List<String> expected = Stream.concat(small.servers().stream().map(s -> s.getName().toLowerCase(Locale.ROOT) + ".ps1"), Stream.of("notes.ps1"))
                    .sorted().toList();
            assertEquals(expected, left);
        }
    }

    @Test
    void inPlaceFixAndLayoutKeepPermissionsAndWriteThroughALinkToItsTarget(@TempDir Path elsewhere) throws Exception {
        Path real = elsewhere.resolve("real.wsus.json");
        Files.copy(CLEAN, real);
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Path link = tmp.resolve("link.wsus.json");
        Files.createSymbolicLink(link, real);
        assertEquals(0, CliRun.of("layout", link.toString(), "--aspect", "4:3").exitCode());
        CliRun fix = CliRun.of("fix", link.toString());
        assertTrue(fix.exitCode() <= 1, fix.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(1, files.count(), "no temporary file left beside the target");
        }
    }

    @Test
    void aReadOnlyPlanIsRefusedInOneSentence() throws Exception {
        Path plan = copyOfSample();
        byte[] before = Files.readAllBytes(plan);
        Files.setPosixFilePermissions(plan, PosixFilePermissions.fromString("r--r--r--"));
        CliRun run = CliRun.of("layout", plan.toString(), "--aspect", "1:1");
        assertEquals(2, run.exitCode());
        assertEquals("cannot write " + plan + ": the file is read-only\n", run.err());
        assertArrayEquals(before, Files.readAllBytes(plan));
    }

    @Test
    void collectorToAFileSaysItIsNotAFolder() throws Exception {
        Path file = Files.writeString(tmp.resolve("afile"), "");
        CliRun run = CliRun.of("collector", "--to", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals("cannot write the collector script to " + file + ": it is a file, not a folder\n", run.err());
    }

    @Test
    void importRefusesToWriteOverItsOwnSource() throws Exception {
        Path csv = tmp.resolve("plan.csv");
        assertEquals(0, CliRun.of("export", CLEAN.toString(), "--to", csv.toString()).exitCode());
        byte[] before = Files.readAllBytes(csv);
        CliRun run = CliRun.of("import", csv.toString(), "--to", csv.toString());
        assertEquals(2, run.exitCode());
        assertEquals("refusing to write the plan over " + csv + ", the CSV file it is imported from: choose another --to\n", run.err());
        assertArrayEquals(before, Files.readAllBytes(csv));
    }

    @Test
    void aPlanWithNegativeClientsLoadsAndGetsCap02() throws Exception {
        Topology plan = TopologyFiles.load(CLEAN);
        plan.servers().get(0).setClients(-5);
        Path file = tmp.resolve("negative.wsus.json");
        TopologyFiles.save(plan, file);
        CliRun run = CliRun.of("validate", file.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains(" error CAP-02 " + plan.servers().get(0).id() + ": "), run.out());
    }
}
