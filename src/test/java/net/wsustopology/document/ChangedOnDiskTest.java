package net.wsustopology.document;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import net.wsustopology.io.FileFingerprint;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.io.workspace.RecoveryEntry;
import net.wsustopology.model.Server;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save never silently overwrites what another window, editor or program wrote to the plan's file. */
class ChangedOnDiskTest {
    @TempDir Path tmp;
    private Path file;

    @BeforeEach
    void aSavedPlan() throws Exception {
        file = tmp.resolve("plan.wsus.json");
        DocumentSession.newPlan(workspace()).saveTo(file);
    }

    private Workspace workspace() { return new Workspace(tmp.resolve("appdata")); }

    private static void addServer(DocumentSession session, String id) {
        Server s = new Server(id);
        s.setName(id + ".corp.example.com");
        session.document().execute(session.document().edits().add(s, null));
    }

    @Test
    void twoSessionsOnOneFileTheSecondSaveIsStoppedAndTheFirstSaveKept() throws Exception {
        DocumentSession a = DocumentSession.open(file, workspace());
        DocumentSession b = DocumentSession.open(file, workspace());
        addServer(b, "from-b");
        b.saveTo(file);
        addServer(a, "from-a");
        ChangedOnDiskException stopped = assertThrows(ChangedOnDiskException.class, () -> a.saveTo(file));
        assertFalse(stopped.deleted());
        assertNotNull(TopologyFiles.load(file).server("from-b"), "b's saved change is still on disk");
        assertNull(TopologyFiles.load(file).server("from-a"));
        assertTrue(a.document().isDirty(), "a's change is kept, unsaved");
    }

    @Test
    void ownSavesInARowNeedNoQuestion() throws Exception {
        DocumentSession a = DocumentSession.open(file, workspace());
        for (String id : List.of("one", "two", "three")) {
            addServer(a, id);
            a.saveTo(file);
        }
        assertNotNull(TopologyFiles.load(file).server("three"));
    }

    @Test
    void aSameSizeRewriteWithTheOldModificationTimeIsStillSeenByItsHash() throws Exception {
        DocumentSession a = DocumentSession.open(file, workspace());
        FileTime modified = Files.getLastModifiedTime(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String changed = text.replace("New plan", "Old plan");
        assertEquals(text.length(), changed.length());
        Files.writeString(file, changed, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, modified);
        assertThrows(ChangedOnDiskException.class, () -> a.saveTo(file));
    }

    @Test
    void aTouchedFileWithTheSameBytesIsNoConflict() throws Exception {
        DocumentSession a = DocumentSession.open(file, workspace());
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
        addServer(a, "after-touch");
        a.saveTo(file);
        assertNotNull(TopologyFiles.load(file).server("after-touch"));
    }

    @Test
    void aDeletedFileIsReportedAsDeletedAndOverwriteWritesItAgain() throws Exception {
        DocumentSession a = DocumentSession.open(file, workspace());
        Files.delete(file);
        ChangedOnDiskException stopped = assertThrows(ChangedOnDiskException.class, () -> a.saveTo(file));
        assertTrue(stopped.deleted());
        a.overwrite(file);
        assertTrue(Files.exists(file));
        a.saveTo(file);
    }

    @Test
    void overwriteReplacesTheOtherVersionAndBecomesTheNewBaseline() throws Exception {
        DocumentSession a = DocumentSession.open(file, workspace());
        Files.writeString(file, Files.readString(file).replace("New plan", "Pulled plan"));
        addServer(a, "mine");
        assertThrows(ChangedOnDiskException.class, () -> a.saveTo(file));
        a.overwrite(file);
        assertNotNull(TopologyFiles.load(file).server("mine"));
        addServer(a, "mine-too");
        a.saveTo(file);
    }

    @Test
    void saveAsToAnotherFileIsNotChecked() throws Exception {
        DocumentSession a = DocumentSession.open(file, workspace());
        Files.writeString(file, Files.readString(file).replace("New plan", "Pulled plan"));
        Path copy = tmp.resolve("copy.wsus.json");
        a.saveTo(copy);
        assertEquals(copy, a.document().file());
        assertTrue(Files.readString(file).contains("Pulled plan"), "the changed file is left alone");
    }

    @Test
    void autosaveNeverWritesThePlansFile() throws Exception {
        DocumentSession a = DocumentSession.open(file, workspace());
        FileFingerprint before = FileFingerprint.of(file).orElseThrow();
        addServer(a, "unsaved");
        assertTrue(a.autosaveIfNeeded());
        assertEquals(before, FileFingerprint.of(file).orElseThrow());
        a.saveTo(file);
    }

    @Test
    void aRecoveredPlanStillKnowsWhatItsFileWasAtTheLastSave() throws Exception {
        Workspace crashed = workspace();
        DocumentSession a = DocumentSession.open(file, crashed);
        addServer(a, "lost");
        a.autosaveIfNeeded();
        crashed.recovery().close();
        Workspace next = workspace();
        RecoveryEntry entry = next.recovery().claimOrphans().get(0);
        DocumentSession recovered = DocumentSession.recover(entry, next);
        next.recovery().releaseClaims();
        recovered.saveTo(file);

        Workspace third = workspace();
        DocumentSession later = DocumentSession.open(file, third);
        addServer(later, "pulled");
        later.saveTo(file);
        addServer(recovered, "after-pull");
        assertThrows(ChangedOnDiskException.class, () -> recovered.saveTo(file));
    }

    @Test
    void aRecoveredPlanIsCheckedAgainstItsFileAsItWasBeforeTheCrash() throws Exception {
        Workspace crashed = workspace();
        DocumentSession a = DocumentSession.open(file, crashed);
        addServer(a, "lost");
        a.autosaveIfNeeded();
        crashed.recovery().close();
        Files.writeString(file, Files.readString(file).replace("New plan", "Pulled plan"));
        Workspace next = workspace();
        DocumentSession recovered = DocumentSession.recover(next.recovery().claimOrphans().get(0), next);
        next.recovery().releaseClaims();
        assertThrows(ChangedOnDiskException.class, () -> recovered.saveTo(file));
    }
}
