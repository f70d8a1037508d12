package net.wsustopology.io.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import net.wsustopology.model.Topology;

/**
 * Autosave copies in the application data folder, never next to the user's file. Each running
 * editor writes only in its own folder {@code recovery/<editor id>/}, which it locks before the
 * first copy and for as long as it runs, so two editors never write the same copy. At start an
 * editor offers only the copies in folders whose lock it can take: those of editors that are no
 * longer running, and flat copies of older versions in the recovery folder itself. It holds those
 * locks (a claim) until the user has decided, so a third editor does not offer them too.
 */
public final class RecoveryStore {
    /** An empty folder younger than this may belong to an editor that is creating it right now. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
    private final Path root;
    private final PlanCodec codec;
    private final Clock clock;
    private final Map<Path, EditorLock> claims = new LinkedHashMap<>();
    private EditorLock own;

    public RecoveryStore(Path root, PlanCodec codec) { this(root, codec, Clock.systemUTC()); }

    public RecoveryStore(Path root, PlanCodec codec, Clock clock) {
        this.root = root;
        this.codec = codec;
        this.clock = clock;
    }

    /** Writes (or replaces) the recovery copy of one plan in this editor's own folder. */
    public void write(String id, Topology topology, Path originalFile, Instant lastSaved) throws IOException {
        write(id, topology, originalFile, lastSaved, null);
    }

    /** Also keeps what the original file was when last opened or saved, so a later save can tell if it changed since. */
    public synchronized void write(String id, Topology topology, Path originalFile, Instant lastSaved, String fileFingerprint)
            throws IOException {
        Properties meta = new Properties();
        if (originalFile != null) meta.setProperty("originalFile", originalFile.toAbsolutePath().toString());
        if (lastSaved != null) meta.setProperty("lastSaved", lastSaved.toString());
        if (fileFingerprint != null) meta.setProperty("fileFingerprint", fileFingerprint);
        meta.setProperty("autosaved", clock.instant().toString());
        meta.setProperty("planName", topology.getName() == null ? "" : topology.getName());
        ownFolder().write(id, codec.toJson(topology), meta);
    }

    /**
     * The copies left by editors that are no longer running, newest autosave first. Their folders
     * stay claimed by this editor until {@link #releaseClaims()}; adopt or discard them before.
     */
    public synchronized List<RecoveryEntry> claimOrphans() {
        List<RecoveryEntry> entries = new ArrayList<>();
        for (Path dir : folders()) {
            RecoveryFolder folder = new RecoveryFolder(dir);
            if (own != null && dir.equals(own.folder())) continue;
            if (!claims.containsKey(dir)) {
                // copies first: a folder another editor has created but not yet locked has none
                if (!folder.hasCopies()) {
                    if (!dir.equals(root)) removeIfAbandoned(folder);
                    continue;
                }
                Optional<EditorLock> lock = tryLock(dir);
                if (lock.isEmpty()) continue;
                claims.put(dir, lock.get());
            }
            entries.addAll(folder.entries());
        }
        entries.sort(Comparator.comparing(RecoveryEntry::autosaved, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    /** This editor's own copies (of plans with unsaved changes). */
    public synchronized List<RecoveryEntry> ownCopies() {
        return own == null ? List.of() : new RecoveryFolder(own.folder()).entries();
    }

    public Topology read(RecoveryEntry entry) throws Exception {
        return codec.parse(Files.readString(entry.copy(), StandardCharsets.UTF_8), entry.copy().getFileName().toString());
    }

    /** Moves a claimed copy into this editor's own folder, where its plan is autosaved from now on. */
    public synchronized RecoveryEntry adopt(RecoveryEntry entry) throws IOException {
        RecoveryFolder from = claimed(entry);
        RecoveryFolder to = ownFolder();
        if (from.equals(to)) return entry;
        from.moveTo(entry.id(), to);
        return new RecoveryEntry(entry.id(), to.copy(entry.id()), entry.originalFile(), entry.planName(),
                entry.lastSaved(), entry.autosaved(), entry.fileFingerprint());
    }

    /** Deletes a claimed copy the user chose not to recover. */
    public synchronized void discard(RecoveryEntry entry) {
        claimed(entry).delete(entry.id());
    }

    /** Deletes this editor's copy of one plan: it was saved or its changes were thrown away. */
    public synchronized void discard(String id) {
        if (own != null) new RecoveryFolder(own.folder()).delete(id);
    }

    /** Gives back every claimed folder; the copies still in one are offered at the next start. */
    public synchronized void releaseClaims() {
        for (EditorLock lock : claims.values()) releaseAndTidy(lock);
        claims.clear();
    }

    /** The editor ends: its lock goes and its folder too when no copy is left in it. */
    public synchronized void close() {
        releaseClaims();
        if (own != null) releaseAndTidy(own);
        own = null;
    }

    private RecoveryFolder ownFolder() throws IOException {
        // a fresh id each try: an id taken by another editor, however unlikely, is never shared
        for (int attempt = 0; own == null && attempt < 3; attempt++) {
            own = EditorLock.tryAcquire(root.resolve(UUID.randomUUID().toString())).orElse(null);
        }
        if (own == null) throw new IOException("No recovery folder could be locked in " + root + ".");
        return new RecoveryFolder(own.folder());
    }

    private RecoveryFolder claimed(RecoveryEntry entry) {
        Path dir = entry.copy().getParent();
        boolean mine = claims.containsKey(dir) || own != null && dir.equals(own.folder());
        if (!mine) throw new IllegalStateException("The recovery copy " + entry.copy() + " is not held by this editor.");
        return new RecoveryFolder(dir);
    }

    private void releaseAndTidy(EditorLock lock) {
        RecoveryFolder folder = new RecoveryFolder(lock.folder());
        boolean empty = !folder.hasCopies();
        lock.release();
        if (empty) folder.removeLockAndFolder(lock.folder().equals(root));
    }

    /** An empty folder of an editor that is gone (crashed with nothing unsaved) is deleted. */
    private void removeIfAbandoned(RecoveryFolder folder) {
        Path lockFile = folder.dir().resolve(EditorLock.FILE_NAME);
        try {
            Path dated = Files.exists(lockFile) ? lockFile : folder.dir();
            if (Files.getLastModifiedTime(dated).toInstant().isAfter(clock.instant().minus(ABANDONED_AFTER))) return;
        } catch (IOException e) {
            return;
        }
        tryLock(folder.dir()).ifPresent(this::releaseAndTidy);
    }

    private static Optional<EditorLock> tryLock(Path dir) {
        try {
            return EditorLock.tryAcquire(dir);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The recovery folder itself (flat copies of older versions) and every editor folder in it. */
    private List<Path> folders() {
        List<Path> folders = new ArrayList<>();
        if (!Files.isDirectory(root)) return folders;
        folders.add(root);
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path child : children) folders.add(child);
        } catch (IOException e) {
            // the flat copies are still offered
        }
        return folders;
    }
}
