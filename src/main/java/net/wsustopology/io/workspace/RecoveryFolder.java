package net.wsustopology.io.workspace;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One folder of recovery copies: each copy is {@code <id>.wsus.json} plus {@code <id>.properties}
 * saying which file it belongs to and when it was last saved and autosaved.
 */
record RecoveryFolder(Path dir) {
    private static final String JSON = ".wsus.json";
    private static final String META = ".properties";

    Path copy(String id) { return dir.resolve(id + JSON); }

    private Path meta(String id) { return dir.resolve(id + META); }

    void write(String id, String json, Properties meta) throws IOException {
        TextFiles.writeAtomically(copy(id), json);
        StringWriter text = new StringWriter();
        meta.store(text, "WSUS Topology Editor recovery copy");
        TextFiles.writeAtomically(meta(id), text.toString());
    }

    /** Every complete copy in the folder; broken leftovers are skipped. */
    List<RecoveryEntry> entries() {
        List<RecoveryEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) return entries;
        try (DirectoryStream<Path> metas = Files.newDirectoryStream(dir, "*" + META)) {
            for (Path metaFile : metas) {
                String name = metaFile.getFileName().toString();
                String id = name.substring(0, name.length() - META.length());
                if (!Files.isRegularFile(copy(id))) continue;
                Properties meta = new Properties();
                try (Reader r = Files.newBufferedReader(metaFile, StandardCharsets.UTF_8)) {
                    meta.load(r);
                }
                String original = meta.getProperty("originalFile");
                entries.add(new RecoveryEntry(id, copy(id), original == null ? null : Path.of(original),
                        meta.getProperty("planName", ""), instant(meta.getProperty("lastSaved")),
                        instant(meta.getProperty("autosaved")), meta.getProperty("fileFingerprint")));
            }
        } catch (IOException | RuntimeException e) {
            return entries;
        }
        return entries;
    }

    boolean hasCopies() { return !entries().isEmpty(); }

    /**
     * Moves a copy into {@code target}. The plan file is copied first and the old one deleted last,
     * so that an interruption leaves one complete copy behind, never two halves.
     */
    void moveTo(String id, RecoveryFolder target) throws IOException {
        Files.copy(copy(id), target.copy(id), StandardCopyOption.REPLACE_EXISTING);
        Files.move(meta(id), target.meta(id), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(copy(id));
    }

    void delete(String id) {
        try {
            Files.deleteIfExists(copy(id));
            Files.deleteIfExists(meta(id));
        } catch (IOException e) {
            // A leftover copy is offered again next start; nothing is lost.
        }
    }

    /** Deletes the lock file, then the folder if nothing else is in it; call only after the lock is released. */
    void removeLockAndFolder(boolean keepFolder) {
        try {
            Files.deleteIfExists(dir.resolve(EditorLock.FILE_NAME));
            if (!keepFolder) Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException e) {
            // a broken leftover stays; it is never offered
        } catch (IOException e) {
            // tried again the next time this folder is found empty
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
