package net.wsustopology.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import net.wsustopology.io.FileFingerprint;
import net.wsustopology.io.FormatException;
import net.wsustopology.io.SameFile;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.io.workspace.RecoveryEntry;
import net.wsustopology.model.Topology;

/**
 * One plan open in the editor together with what the file menu needs: saving through the
 * atomic writer, the recent list, and its autosave copy in the recovery folder (autosave never
 * writes the plan's own file). It remembers what its file was when last loaded or saved, so a
 * save never silently overwrites a change made by another window, editor or program.
 */
public final class DocumentSession {
    private final Document document;
    private final Workspace workspace;
    private final Clock clock;
    private final String recoveryId;
    private Instant lastSaved;
    private long changes;
    private long autosavedAt = -1;
    /** The plan's file as this session last loaded or saved it; null when never read or unknown. */
    private FileFingerprint onDisk;

    public DocumentSession(Document document, Workspace workspace, Clock clock) {
        this(document, workspace, clock, UUID.randomUUID().toString());
    }

    private DocumentSession(Document document, Workspace workspace, Clock clock, String recoveryId) {
        this.document = document;
        this.workspace = workspace;
        this.clock = clock;
        this.recoveryId = recoveryId;
        document.useServerTemplate(() -> workspace.settings().serverTemplate());
        document.commands().addListener(stack -> changes++);
        if (document.file() != null) lastSaved = modified(document.file());
    }

    public static DocumentSession open(Path file, Workspace workspace) throws FormatException, IOException {
        // taken before reading: a change made while the plan loads is then seen at the next save
        FileFingerprint before = FileFingerprint.of(file).orElse(null);
        Topology topology = TopologyFiles.load(file);
        DocumentSession session = new DocumentSession(new Document(topology, file), workspace, Clock.systemUTC());
        session.onDisk = before;
        workspace.recentFiles().add(file);
        return session;
    }

    /**
     * Reopens a claimed autosave copy and moves it into this editor's recovery folder; the plan
     * opens dirty and keeps its copy until it is saved or discarded.
     */
    public static DocumentSession recover(RecoveryEntry entry, Workspace workspace) throws Exception {
        Topology topology = workspace.recovery().read(entry);
        RecoveryEntry adopted = workspace.recovery().adopt(entry);
        Document document = new Document(topology, adopted.originalFile());
        document.markModified();
        DocumentSession session = new DocumentSession(document, workspace, Clock.systemUTC(), adopted.id());
        session.lastSaved = adopted.lastSaved();
        session.onDisk = FileFingerprint.decode(adopted.fileFingerprint()).orElse(null);
        return session;
    }

    /** A new plan with one root server, using the user's default version and limits. */
    public static DocumentSession newPlan(Workspace workspace) {
        Topology topology = new Topology();
        topology.setName("New plan");
        topology.setLimits(workspace.settings().defaultLimits());
        topology.addServer(workspace.settings().serverTemplate().create("root", "wsus-root.corp.example.com"));
        return new DocumentSession(new Document(topology, null).numberAsUntitled(), workspace, Clock.systemUTC());
    }

    public Document document() { return document; }
    public String recoveryId() { return recoveryId; }
    public Instant lastSaved() { return lastSaved; }

    /**
     * Saves to {@code file}; on failure the document stays dirty and the old file is untouched.
     * Saving onto the plan's own file first checks that it is still what this session last loaded
     * or saved; if not, nothing is written and the caller asks the user.
     */
    public void saveTo(Path file) throws IOException, ChangedOnDiskException {
        if (SameFile.test(file, document.file())) checkUnchangedOnDisk(file);
        overwrite(file);
    }

    /** Throws when {@code file} differs from what this session last loaded or saved (or it is gone). */
    void checkUnchangedOnDisk(Path file) throws IOException, ChangedOnDiskException {
        FileFingerprint now = FileFingerprint.of(file).orElse(null);
        if (now == null) throw new ChangedOnDiskException(file, true);
        if (!now.sameContentAs(onDisk)) throw new ChangedOnDiskException(file, false);
    }

    /** Saves to {@code file} whatever is on disk there now: the user chose to overwrite it. */
    public void overwrite(Path file) throws IOException {
        TopologyFiles.save(document.topology(), file);
        onDisk = FileFingerprint.of(file).orElse(null);
        document.markSaved(file);
        lastSaved = clock.instant();
        workspace.recentFiles().add(file);
        workspace.recovery().discard(recoveryId);
        autosavedAt = changes;
    }

    /** Writes the recovery copy when there are unsaved changes the last copy does not have. */
    public boolean autosaveIfNeeded() throws IOException {
        if (!document.isDirty() || autosavedAt == changes) return false;
        workspace.recovery().write(recoveryId, document.topology(), document.file(), lastSaved,
                onDisk == null ? null : onDisk.encode());
        autosavedAt = changes;
        return true;
    }

    /** The user threw the changes away deliberately (closed without saving). */
    public void discardRecovery() { workspace.recovery().discard(recoveryId); }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

}
