package net.wsustopology.document;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.io.workspace.RecoveryEntry;
import net.wsustopology.model.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSessionTest {
    @TempDir Path tmp;

    private Workspace workspace() { return new Workspace(tmp.resolve("appdata")); }

    private Server server(String id) {
        Server s = new Server(id);
        s.setName(id + ".corp.example.com");
        return s;
    }

    @Test
    void saveClearsDirtyRemembersTheFileAndDropsTheRecoveryCopy() throws Exception {
        Workspace ws = workspace();
        DocumentSession session = DocumentSession.newPlan(ws);
        session.document().execute(session.document().edits().add(server("b"), null));
        assertTrue(session.autosaveIfNeeded());
        assertFalse(session.autosaveIfNeeded(), "nothing new since the last copy");
        assertEquals(1, ws.recovery().ownCopies().size());
        Path file = tmp.resolve("plan.wsus.json");
        session.saveTo(file);
        assertFalse(session.document().isDirty());
        assertTrue(ws.recovery().ownCopies().isEmpty());
        assertEquals(List.of(file.toAbsolutePath()), ws.recentFiles().entries());
        assertTrue(TopologyFiles.load(file).sameAs(session.document().topology()));
        assertFalse(session.autosaveIfNeeded(), "a clean plan is not autosaved");
    }

    @Test
    void aRecoveredPlanOpensDirtyWithItsOriginalFile() throws Exception {
        Workspace ws = workspace();
        Path file = tmp.resolve("plan.wsus.json");
        DocumentSession first = DocumentSession.newPlan(ws);
        first.saveTo(file);
        first.document().execute(first.document().edits().add(server("late"), null));
        first.autosaveIfNeeded();
        ws.recovery().close(); // the editor ends with the change unsaved, as in a crash
        Workspace next = workspace();
        List<RecoveryEntry> entries = next.recovery().claimOrphans();
        assertEquals(1, entries.size());
        assertEquals(file.toAbsolutePath(), entries.get(0).originalFile());
        assertNotNull(entries.get(0).lastSaved());
        DocumentSession recovered = DocumentSession.recover(entries.get(0), next);
        next.recovery().releaseClaims();
        assertTrue(recovered.document().isDirty());
        assertNotNull(recovered.document().topology().server("late"));
        assertEquals(file.toAbsolutePath(), recovered.document().file());
        assertEquals(1, next.recovery().ownCopies().size(), "the copy now belongs to the editor that recovered it");
        recovered.saveTo(file);
        assertTrue(next.recovery().ownCopies().isEmpty());
        assertTrue(workspace().recovery().claimOrphans().isEmpty());
    }

    @Test
    void aSecondEditorNeverOffersTheCopyOfARunningEditor() throws Exception {
        Workspace running = workspace();
        DocumentSession session = DocumentSession.newPlan(running);
        session.document().execute(session.document().edits().add(server("busy"), null));
        assertTrue(session.autosaveIfNeeded());
        assertTrue(workspace().recovery().claimOrphans().isEmpty(), "the first editor still runs and writes this copy");
    }

    @Test
    void aFailedSaveKeepsTheDocumentDirtyAndTheOldFile() throws Exception {
        Workspace ws = workspace();
        DocumentSession session = DocumentSession.newPlan(ws);
        Path file = tmp.resolve("plan.wsus.json");
        session.saveTo(file);
        String before = Files.readString(file);
        session.document().execute(session.document().edits().add(server("new"), null));
        Path missingFolder = tmp.resolve("no-such-folder").resolve("plan.wsus.json");
        assertThrows(IOException.class, () -> session.saveTo(missingFolder));
        assertTrue(session.document().isDirty());
        assertEquals(file, session.document().file());
        assertEquals(before, Files.readString(file));
    }
}
