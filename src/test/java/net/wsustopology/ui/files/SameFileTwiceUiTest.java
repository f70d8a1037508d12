package net.wsustopology.ui.files;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Document;
import net.wsustopology.document.DocumentSession;
import net.wsustopology.document.Workspace;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Server;
import net.wsustopology.ui.common.FileDialogs;
import net.wsustopology.ui.shell.EditorWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** One file, one window; and a save never silently overwrites a change made on disk by someone else. */
class SameFileTwiceUiTest extends ApplicationTest {
    @TempDir static Path tmp;
    private static final Deque<Path> answers = new ArrayDeque<>();
    private EditorApp app;
    private Path planFile;

    private static final class QueuedDialogs extends FileDialogs {
        @Override public Path chooseOpen(Window owner) { return answers.poll(); }
        @Override public Path chooseSave(Window owner, String suggestedName) { return answers.poll(); }
    }

    @BeforeAll
    static void fakeChoosers() { FileDialogs.useForAllWindows(new QueuedDialogs()); }

    @BeforeEach
    void keepToolkitWhenTheLastWindowCloses() { Platform.setImplicitExit(false); }

    @Override public void start(Stage stage) throws Exception {
        planFile = Files.createTempFile(tmp, "three-regions", ".wsus.json");
        Files.copy(Path.of("sample-topologies/three-region-enterprise.wsus.json"), planFile, StandardCopyOption.REPLACE_EXISTING);
        app = new EditorApp();
        app.start(stage, new Workspace(Files.createTempDirectory(tmp, "appdata")), List.of(planFile.toString()));
    }

    @AfterEach
    void closeWindows() throws Exception {
        answers.clear();
        FxToolkit.cleanupStages();
    }

    private EditorWindow window() { return app.windows().get(0); }
    private Document document() { return app.sessionOf(window()).document(); }

    private void addServer(String id) {
        interact(() -> {
            Server s = new Server(id);
            s.setName(id + ".corp.example.com");
            document().execute(document().edits().add(s, document().topology().servers().get(0)));
        });
    }

    private DialogPane dialog() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    /** Another editor process (or a git pull) writes the file behind this window's back. */
    private void changedElsewhere() throws Exception {
        DocumentSession other = DocumentSession.open(planFile, new Workspace(Files.createTempDirectory(tmp, "other")));
        Server s = new Server("from-elsewhere");
        s.setName("wsus-elsewhere.corp.example.com");
        other.document().execute(other.document().edits().add(s, null));
        other.saveTo(planFile);
    }

    private void ctrlS() {
        interact(() -> window().stage().requestFocus());
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openingTheOpenFileAgainBringsItsWindowToTheFrontInsteadOfASecondWindow() {
        EditorWindow planWindow = window();
        interact(() -> app.show(DocumentSession.newPlan(app.workspace()), null));
        EditorWindow other = app.windows().get(1);
        Document untitled = app.sessionOf(other).document();
        interact(() -> untitled.execute(untitled.edits().renamePlan("Other plan")));
        interact(() -> other.stage().toFront());
        answers.add(tmp.resolve(".").resolve(planFile.getFileName()));
        interact(() -> other.stage().requestFocus());
        push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, app.windows().size(), "no second window on the same file");
        assertTrue(planWindow.stage().isFocused(), "the plan's window came to the front");
    }

    @Test
    void openRecentOfTheOpenFileOpensNoSecondWindow() {
        addServer("branch-x");
        interact(() -> app.windows().get(0).stage().requestFocus());
        clickOn("File").clickOn("Open Recent").clickOn(planFile.getFileName().toString() + "  —  " + planFile.getParent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, app.windows().size());
        assertNotNull(document().topology().server("branch-x"), "the unsaved change is still there");
    }

    @Test
    void ctrlSAfterAChangeOnDiskAsksAndCancelWritesNothing() throws Exception {
        addServer("mine");
        changedElsewhere();
        ctrlS();
        DialogPane pane = dialog();
        assertTrue(pane.getHeaderText().contains("changed on disk"), pane.getHeaderText());
        clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(TopologyFiles.load(planFile).server("from-elsewhere"));
        assertNull(TopologyFiles.load(planFile).server("mine"));
        assertTrue(document().isDirty());
        assertTrue(window().stage().getTitle().contains("•"), "the window still says it has unsaved changes");
    }

    @Test
    void overwriteWritesThisWindowsPlan() throws Exception {
        addServer("mine");
        changedElsewhere();
        ctrlS();
        dialog();
        clickOn("Overwrite");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(TopologyFiles.load(planFile).server("mine"));
        assertNull(TopologyFiles.load(planFile).server("from-elsewhere"));
        assertFalse(document().isDirty());
        addServer("second");
        ctrlS();
        assertNotNull(TopologyFiles.load(planFile).server("second"), "after overwriting, the next save needs no question");
    }

    @Test
    void saveAsKeepsBothVersions() throws Exception {
        addServer("mine");
        changedElsewhere();
        Path copy = tmp.resolve("mine-" + System.nanoTime() + ".wsus.json");
        answers.add(copy);
        ctrlS();
        dialog();
        clickOn("Save As…");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(TopologyFiles.load(copy).server("mine"));
        assertNotNull(TopologyFiles.load(planFile).server("from-elsewhere"));
        assertNull(TopologyFiles.load(planFile).server("mine"));
        assertEquals(copy, document().file());
        assertFalse(document().isDirty());
    }

    @Test
    void reloadShowsTheVersionOnDisk() throws Exception {
        addServer("mine");
        changedElsewhere();
        ctrlS();
        dialog();
        clickOn("Reload");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, app.windows().size());
        assertNotNull(document().topology().server("from-elsewhere"));
        assertNull(document().topology().server("mine"));
        assertFalse(document().isDirty());
        assertNull(TopologyFiles.load(planFile).server("mine"));
    }

    @Test
    void closingWithSaveAlsoAsksWhenTheFileChanged() throws Exception {
        addServer("mine");
        changedElsewhere();
        clickOn("File").clickOn("Close");
        dialog();
        clickOn("Save");
        DialogPane pane = dialog();
        assertTrue(pane.getHeaderText().contains("changed on disk"), pane.getHeaderText());
        clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, app.windows().size(), "nothing saved, so the window stays open");
        assertNull(TopologyFiles.load(planFile).server("mine"));
    }

    @Test
    void aDeletedFileOffersNoReload() throws Exception {
        addServer("mine");
        Files.delete(planFile);
        ctrlS();
        DialogPane pane = dialog();
        assertTrue(pane.getHeaderText().contains("deleted"), pane.getHeaderText());
        assertTrue(pane.getButtonTypes().stream().noneMatch(b -> b.getText().equals("Reload")));
        clickOn("Overwrite");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(TopologyFiles.load(planFile).server("mine"));
    }

    @Test
    void saveAsOntoAFileOpenInAnotherWindowIsRefused() throws Exception {
        Path second = tmp.resolve("second-" + System.nanoTime() + ".wsus.json");
        Files.copy(Path.of("sample-topologies/single-office.wsus.json"), second);
        String before = Files.readString(planFile);
        interact(() -> app.show(openSession(second), null));
        EditorWindow secondWindow = app.windows().get(1);
        interact(() -> secondWindow.stage().requestFocus());
        answers.add(planFile);
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        DialogPane pane = dialog();
        assertTrue(pane.getHeaderText().contains("open in another window"), pane.getHeaderText());
        clickOn("OK");
        assertEquals(second, app.sessionOf(secondWindow).document().file());
        assertEquals(before, Files.readString(planFile), "the first window's file is untouched");
    }

    private DocumentSession openSession(Path file) {
        try {
            return DocumentSession.open(file, app.workspace());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
