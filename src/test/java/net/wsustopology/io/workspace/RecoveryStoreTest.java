package net.wsustopology.io.workspace;

import static net.wsustopology.io.workspace.OtherEditor.NAME_ONLY;
import static net.wsustopology.io.workspace.OtherEditor.plan;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each store is one running editor; several on one folder are several editors. */
class RecoveryStoreTest {
    @TempDir Path tmp;

    private Path root() { return tmp.resolve("recovery"); }

    private RecoveryStore editor() { return new RecoveryStore(root(), NAME_ONLY); }

    /** An editor that wrote a copy of {@code name} and then ended without saving it. */
    private void endedEditorWithCopy(String id, String name) throws Exception {
        RecoveryStore ended = editor();
        ended.write(id, plan(name), null, null);
        ended.close();
    }

    private long editorFolders() throws Exception {
        try (Stream<Path> children = Files.list(root())) {
            return children.filter(Files::isDirectory).count();
        }
    }

    @Test
    void copiesOfAnEditorThatEndedAreOfferedReadAndDiscarded() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        RecoveryStore ended = new RecoveryStore(root(), NAME_ONLY, clock);
        Instant saved = Instant.parse("2026-11-25T09:00:00Z");
        ended.write("doc1", plan("Contoso rollout"), tmp.resolve("contoso.wsus.json"), saved);
        ended.close();

        RecoveryStore next = editor();
        List<RecoveryEntry> entries = next.claimOrphans();
        assertEquals(1, entries.size());
        RecoveryEntry e = entries.get(0);
        assertEquals(tmp.resolve("contoso.wsus.json").toAbsolutePath(), e.originalFile());
        assertEquals(saved, e.lastSaved());
        assertEquals(clock.instant(), e.autosaved());
        assertEquals("Contoso rollout", next.read(e).getName());
        next.discard(e);
        next.releaseClaims();
        assertTrue(editor().claimOrphans().isEmpty());
        assertEquals(0, editorFolders(), "the emptied folder of the ended editor is removed");
    }

    @Test
    void aRunningEditorsCopiesAreNeverOfferedAndNeverShared() throws Exception {
        RecoveryStore first = editor();
        first.write("doc", plan("First"), null, null);
        RecoveryStore second = editor();
        assertTrue(second.claimOrphans().isEmpty());
        second.write("doc", plan("Second"), null, null);
        assertTrue(first.claimOrphans().isEmpty());
        Path firstCopy = first.ownCopies().get(0).copy();
        Path secondCopy = second.ownCopies().get(0).copy();
        assertNotEquals(firstCopy.getParent(), secondCopy.getParent());
        assertEquals("First", Files.readString(firstCopy));
        assertEquals("Second", Files.readString(secondCopy));
        second.discard("doc");
        assertTrue(Files.exists(firstCopy), "an editor deletes only its own copies");
    }

    @Test
    void aLockFileNobodyHoldsIsStale() throws Exception {
        Path crashed = root().resolve("crashed-editor");
        Properties meta = new Properties();
        meta.setProperty("planName", "Crashed");
        new RecoveryFolder(crashed).write("lost", "Crashed", meta);
        Files.createFile(crashed.resolve(EditorLock.FILE_NAME));
        List<RecoveryEntry> entries = editor().claimOrphans();
        assertEquals(List.of("lost"), entries.stream().map(RecoveryEntry::id).toList());
    }

    @Test
    void twoEditorsStartingAtOnceOfferTheCopiesOnlyOnceAndCancelKeepsThem() throws Exception {
        endedEditorWithCopy("lost", "Lost work");
        RecoveryStore a = editor();
        RecoveryStore b = editor();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> fromA = CompletableFuture.supplyAsync(() -> claimAfter(start, a));
        CompletableFuture<Integer> fromB = CompletableFuture.supplyAsync(() -> claimAfter(start, b));
        start.countDown();
        assertEquals(1, fromA.get(10, TimeUnit.SECONDS) + fromB.get(10, TimeUnit.SECONDS));
        RecoveryStore third = editor();
        assertTrue(third.claimOrphans().isEmpty(), "claimed by the editor that shows them");
        a.releaseClaims();
        b.releaseClaims();
        assertEquals(1, third.claimOrphans().size(), "a postponed decision offers them again");
    }

    private static int claimAfter(CountDownLatch start, RecoveryStore store) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return store.claimOrphans().size();
    }

    @Test
    void aRecoveredCopyMovesIntoTheOwnFolderOfTheEditorThatRecoveredIt() throws Exception {
        endedEditorWithCopy("lost", "Lost work");
        RecoveryStore next = editor();
        RecoveryEntry adopted = next.adopt(next.claimOrphans().get(0));
        next.releaseClaims();
        assertEquals(List.of(adopted), next.ownCopies());
        assertEquals(1, editorFolders(), "the ended editor's folder is gone");
        next.write(adopted.id(), plan("Lost work, edited"), null, null);
        assertEquals("Lost work, edited", Files.readString(adopted.copy()));
        assertTrue(editor().claimOrphans().isEmpty(), "its editor runs");
        next.close();
        assertEquals("Lost work, edited", editor().claimOrphans().get(0).planName());
    }

    @Test
    void flatCopiesOfOlderVersionsAreOfferedAndAdopted() throws Exception {
        Properties meta = new Properties();
        meta.setProperty("planName", "Old layout");
        new RecoveryFolder(root()).write("old", "Old layout", meta);
        RecoveryStore next = editor();
        RecoveryEntry entry = next.claimOrphans().get(0);
        assertEquals(root().resolve("old.wsus.json"), entry.copy());
        RecoveryEntry adopted = next.adopt(entry);
        next.releaseClaims();
        assertEquals(root(), adopted.copy().getParent().getParent());
        assertFalse(Files.exists(entry.copy()));
        assertFalse(Files.exists(root().resolve(EditorLock.FILE_NAME)));
    }

    @Test
    void emptyFoldersOfEndedEditorsGoAfterAMinute() throws Exception {
        RecoveryStore ended = editor();
        ended.write("saved-later", plan("Saved"), null, null);
        ended.discard("saved-later");
        ended.close();
        assertEquals(0, editorFolders(), "closing removes the editor's empty folder");

        Path crashedLongAgo = Files.createDirectories(root().resolve("crashed-long-ago"));
        Files.createFile(crashedLongAgo.resolve(EditorLock.FILE_NAME));
        Files.setLastModifiedTime(crashedLongAgo.resolve(EditorLock.FILE_NAME), FileTime.from(Instant.now().minusSeconds(120)));
        Path justCreated = Files.createDirectories(root().resolve("being-created"));
        editor().claimOrphans();
        assertFalse(Files.exists(crashedLongAgo));
        assertTrue(Files.exists(justCreated), "another editor may be about to lock it");
    }

    @Test
    void aCopyWithoutItsPlanFileIsNotOffered() throws Exception {
        Files.createDirectories(root());
        Files.writeString(root().resolve("orphan.properties"), "planName=x\n");
        assertTrue(editor().claimOrphans().isEmpty());
    }
}
