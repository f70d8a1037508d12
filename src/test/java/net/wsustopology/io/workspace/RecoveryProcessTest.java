package net.wsustopology.io.workspace;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock of a real second editor process: held while it runs, stale once the process is killed. */
class RecoveryProcessTest {
    @TempDir Path tmp;

    @Test
    void theCopyOfAnotherEditorIsOfferedOnlyAfterThatEditorCrashed() throws Exception {
        Path root = tmp.resolve("recovery");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), OtherEditor.class.getName(),
                root.toString(), "Plan of the other editor")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS));
            RecoveryStore store = new RecoveryStore(root, OtherEditor.NAME_ONLY);
            assertTrue(store.claimOrphans().isEmpty(), "the other editor still runs");

            other.destroyForcibly();
            assertTrue(other.waitFor(30, TimeUnit.SECONDS));
            List<RecoveryEntry> entries = store.claimOrphans();
            assertEquals(1, entries.size(), "the lock of a killed editor is stale");
            assertEquals("Plan of the other editor", entries.get(0).planName());
            assertTrue(Files.exists(entries.get(0).copy().resolveSibling(EditorLock.FILE_NAME)), "its lock file is left behind");
            store.releaseClaims();
        } finally {
            other.destroyForcibly();
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
