package net.wsustopology.io.workspace;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import net.wsustopology.model.Topology;

/**
 * Autosave copies in the application data folder, never next to the user's file. Each open
 * plan has an id; its copy is {@code <id>.wsus.json} plus {@code <id>.properties} saying which
 * file it belongs to and when it was last saved and autosaved. A normal save or a deliberate
 * discard removes both.
 */
public final class RecoveryStore {
    private static final String JSON = ".wsus.json";
    private static final String META = ".properties";
    private final Path dir;
    private final PlanCodec codec;
    private final Clock clock;

    public RecoveryStore(Path dir, PlanCodec codec) { this(dir, codec, Clock.systemUTC()); }

    public RecoveryStore(Path dir, PlanCodec codec, Clock clock) {
        this.dir = dir;
        this.codec = codec;
        this.clock = clock;
    }

    public Path directory() { return dir; }

    /** Writes (or replaces) the recovery copy of one plan. */
    public void write(String id, Topology topology, Path originalFile, Instant lastSaved) throws IOException {
        Properties meta = new Properties();
        if (originalFile != null) meta.setProperty("originalFile", originalFile.toAbsolutePath().toString());
        if (lastSaved != null) meta.setProperty("lastSaved", lastSaved.toString());
        meta.setProperty("autosaved", clock.instant().toString());
        meta.setProperty("planName", topology.getName() == null ? "" : topology.getName());
        TextFiles.writeAtomically(dir.resolve(id + JSON), codec.toJson(topology));
        java.io.StringWriter text = new java.io.StringWriter();
        meta.store(text, "WSUS Topology Editor recovery copy");
        TextFiles.writeAtomically(dir.resolve(id + META), text.toString());
    }

    /** Every recovery copy that can be offered, newest autosave first. Broken leftovers are skipped. */
    public List<RecoveryEntry> list() {
        List<RecoveryEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) return entries;
        try (DirectoryStream<Path> metas = Files.newDirectoryStream(dir, "*" + META)) {
            for (Path metaFile : metas) {
                String name = metaFile.getFileName().toString();
                String id = name.substring(0, name.length() - META.length());
                Path copy = dir.resolve(id + JSON);
                if (!Files.isRegularFile(copy)) continue;
                Properties meta = new Properties();
                try (Reader r = Files.newBufferedReader(metaFile, StandardCharsets.UTF_8)) {
                    meta.load(r);
                }
                String original = meta.getProperty("originalFile");
                entries.add(new RecoveryEntry(id, copy, original == null ? null : Path.of(original),
                        meta.getProperty("planName", ""), instant(meta.getProperty("lastSaved")),
                        instant(meta.getProperty("autosaved"))));
            }
        } catch (IOException | RuntimeException e) {
            return entries;
        }
        entries.sort(Comparator.comparing(RecoveryEntry::autosaved, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    public Topology read(RecoveryEntry entry) throws Exception {
        return codec.parse(Files.readString(entry.copy(), StandardCharsets.UTF_8), entry.copy().getFileName().toString());
    }

    public void discard(String id) {
        try {
            Files.deleteIfExists(dir.resolve(id + JSON));
            Files.deleteIfExists(dir.resolve(id + META));
        } catch (IOException e) {
            // A leftover copy is offered again next start; nothing is lost.
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
