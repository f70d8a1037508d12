package net.wsustopology.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import net.wsustopology.io.FormatException;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.io.workspace.RecoveryEntry;
import net.wsustopology.model.Topology;

/**
 * One plan open in the editor together with what the file menu needs: saving through the
 * atomic writer, the recent list, and its autosave copy in the recovery folder.
 */
public final class DocumentSession {
    private final Document document;
    private final Workspace workspace;
    private final Clock clock;
    private final String recoveryId;
    private Instant lastSaved;
    private long changes;
    private long autosavedAt = -1;

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
        Topology topology = TopologyFiles.load(file);
        DocumentSession session = new DocumentSession(new Document(topology, file), workspace, Clock.systemUTC());
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

    /** Saves to {@code file}; on failure the document stays dirty and the old file is untouched. */
    public void saveTo(Path file) throws IOException {
        TopologyFiles.save(document.topology(), file);
        document.markSaved(file);
        lastSaved = clock.instant();
        workspace.recentFiles().add(file);
        workspace.recovery().discard(recoveryId);
        autosavedAt = changes;
    }

    /** Writes the recovery copy when there are unsaved changes the last copy does not have. */
    public boolean autosaveIfNeeded() throws IOException {
        if (!document.isDirty() || autosavedAt == changes) return false;
        workspace.recovery().write(recoveryId, document.topology(), document.file(), lastSaved);
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
