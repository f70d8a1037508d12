package net.wsustopology.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.wsustopology.diff.DiffFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptsOnlyChangedTest {
    @TempDir Path tmp;

    @Test
    void writesScriptsOnlyForTheServersThatDifferInRolloutOrder() throws Exception {
        Path dir = tmp.resolve("changed");
        CliRun run = CliRun.of("scripts", DiffFixtures.PLANNED.toString(), "--to", dir.toString(),
                "--only-changed", DiffFixtures.COLLECTED.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("rollout-order.txt", "wsus-ber-r2.fabrikam.com.ps1", "wsus-ber.fabrikam.com.ps1", "wsus-vie.fabrikam.com.ps1"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String order = new String(Files.readAllBytes(dir.resolve("rollout-order.txt")), StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertTrue(order.contains("Only the 3 of 7 servers that differ from collected.wsus.json in a setting a script applies,"
                + " or are not deployed.\n"), order);
        int ber = order.indexOf("wsus-ber.fabrikam.com.ps1");
        int vie = order.indexOf("wsus-vie.fabrikam.com.ps1");
        int berR2 = order.indexOf("wsus-ber-r2.fabrikam.com.ps1");
        assertTrue(ber > 0 && ber < vie && vie < berR2, order);
        assertTrue(order.endsWith("make them by hand.\n  wsus-osa.fabrikam.com (osa): wsusVersion: planned 10.0, actual 6.3\n"), order);
        assertTrue(run.out().contains("wrote 3 scripts (servers that differ from"), run.out());
        assertTrue(run.out().contains("1 difference no script applies, listed in rollout-order.txt"), run.out());
    }

    @Test
    void nothingDiffersNothingToApply() throws Exception {
        Path dir = tmp.resolve("same");
        CliRun run = CliRun.of("scripts", DiffFixtures.PLANNED.toString(), "--to", dir.toString(),
                "--only-changed", DiffFixtures.PLANNED.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("rollout-order.txt"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aBadActualFileIsExit2() {
        CliRun run = CliRun.of("scripts", DiffFixtures.PLANNED.toString(), "--to", tmp.resolve("x").toString(),
                "--only-changed", tmp.resolve("missing.wsus.json").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("there is no such file"), run.err());
    }
}
