package net.wsustopology.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {
    @TempDir Path dir;

    private Path copy(String sample) throws Exception {
        Path target = dir.resolve(sample);
        Files.copy(Path.of("sample-topologies", sample), target);
        return target;
    }

    @Test void fixesTheLanguageMismatchInPlaceAndASecondRunChangesNothingByteForByte() throws Exception {
        Path plan = copy("lng01-language-mismatch.wsus.json");
        CliRun first = CliRun.of("fix", plan.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("(LNG-01)"), first.out());
        assertTrue(first.out().contains("applied 1 fix; 0 errors left"), first.out());
        byte[] fixed = Files.readAllBytes(plan);
        CliRun second = CliRun.of("fix", plan.toString());
        assertEquals(0, second.exitCode());
        assertTrue(second.out().contains("applied 0 fixes"), second.out());
        assertArrayEquals(fixed, Files.readAllBytes(plan));
        assertEquals(0, CliRun.of("validate", plan.toString()).exitCode());
    }

    @Test void dryRunPrintsAndWritesNothing() throws Exception {
        Path plan = copy("lng01-language-mismatch.wsus.json");
        byte[] before = Files.readAllBytes(plan);
        CliRun run = CliRun.of("fix", plan.toString(), "--dry-run", "--to", dir.resolve("out.wsus.json").toString());
        assertTrue(run.out().contains("would apply 1 fix"), run.out());
        assertArrayEquals(before, Files.readAllBytes(plan));
        assertFalse(Files.exists(dir.resolve("out.wsus.json")));
        assertEquals(0, run.exitCode());
    }

    @Test void writesToOutAndLeavesTheInputAndExitsOneWhenErrorsRemain() throws Exception {
        Path plan = copy("fan01-over-1000-downstreams.wsus.json");
        byte[] before = Files.readAllBytes(plan);
        Path out = dir.resolve("out.wsus.json");
        CliRun run = CliRun.of("fix", plan.toString(), "--to", out.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(Files.exists(out));
        assertArrayEquals(before, Files.readAllBytes(plan));
    }

    @Test void onlyTheNamedRulesAndAnUnknownRuleIsBadUsage() throws Exception {
        Path plan = copy("lng01-language-mismatch.wsus.json");
        CliRun none = CliRun.of("fix", plan.toString(), "--rules", "NET-03", "--dry-run");
        assertTrue(none.out().contains("would apply 0 fixes"), none.out());
        assertEquals(1, none.exitCode());
        CliRun bad = CliRun.of("fix", plan.toString(), "--rules", "CAP-01");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("CAP-01 is not a rule with fixes"), bad.err());
    }

    @Test void aMissingFileIsBadInput() {
        assertEquals(2, CliRun.of("fix", dir.resolve("nope.wsus.json").toString()).exitCode());
    }
}
