package net.wsustopology.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import net.wsustopology.export.scripts.CollectorScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorCommandTest {
    @TempDir Path tmp;

    @Test
    void writesTheCollectorIntoTheFolder() throws Exception {
        Path dir = tmp.resolve("out");
        CliRun run = CliRun.of("collector", "--to", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(dir.resolve(CollectorScript.FILE_NAME)) > 1000);
        assertTrue(run.out().contains(CollectorScript.FILE_NAME), run.out());
    }

    @Test
    void needsAFolderAndSaysWhyItCannotWrite() throws Exception {
        assertEquals(2, CliRun.of("collector").exitCode());
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CliRun run = CliRun.of("collector", "--to", file.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("cannot write the collector script to "), run.err());
    }
}
