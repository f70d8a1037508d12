package net.wsustopology.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveTest {
    /** Writes the first {@code budget} characters, then fails like a full disk. */
    static final class FailingWriter extends FilterWriter {
        private int budget;

        FailingWriter(Writer out, int budget) { super(out); this.budget = budget; }

        @Override public void write(int c) throws IOException { write(new char[] {(char) c}, 0, 1); }

        @Override public void write(String s, int off, int len) throws IOException { write(s.toCharArray(), off, len); }

        @Override public void write(char[] cbuf, int off, int len) throws IOException {
            int allowed = Math.min(len, budget);
            super.write(cbuf, off, allowed);
            budget -= allowed;
            if (allowed < len) {
                out.flush();
                throw new IOException("No space left on device");
            }
        }
    }

    private static Topology plan(int servers) {
        Topology t = new Topology();
        t.setName("plan of " + servers);
        for (int i = 0; i < servers; i++) {
            Server s = new Server("s" + i);
            s.setName("wsus" + i + ".corp.example.com");
            t.addServer(s);
        }
        return t;
    }

    @Test
    void aFailedSaveLeavesTheOriginalUntouchedAndNoTempFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.wsus.json");
        TopologyFiles.save(plan(3), file);
        byte[] original = Files.readAllBytes(file);
        Topology bigger = plan(50);
        int half = TopologyFiles.toJson(bigger).length() / 2;
        IOException e = assertThrows(IOException.class, () -> TopologyFiles.save(bigger, file,
                temp -> new FailingWriter(new OutputStreamWriter(temp, StandardCharsets.UTF_8), half)));
        assertEquals("No space left on device", e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(file));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file.getFileName()), listing.map(Path::getFileName).toList());
        }
    }

    @Test
    void aSuccessfulSaveReplacesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.wsus.json");
        TopologyFiles.save(plan(3), file);
        Topology bigger = plan(5);
        TopologyFiles.save(bigger, file);
        assertTrue(bigger.sameAs(TopologyFiles.load(file)));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count());
        }
    }
}
