package net.wsustopology.ui.files;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Document;
import net.wsustopology.document.DocumentSession;
import net.wsustopology.document.Workspace;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
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

/** File menu flows as a user does them: save, dirty marker, unsaved prompt, a corrupt file, crash recovery. */
class FileFlowsUiTest extends ApplicationTest {
    @TempDir static Path tmp;
    private static final Deque<Path> answers = new ArrayDeque<>();
    private EditorApp app;
    private Path planFile;

    /** Answers the choosers with queued paths instead of native dialogs. */
    private static final class QueuedDialogs extends FileDialogs {
        @Override public Path chooseOpen(Window owner) { return answers.poll(); }
        @Override public Path chooseSave(Window owner, String suggestedName) { return answers.poll(); }
    }

    @BeforeAll
    static void fakeChoosers() {
        FileDialogs.useForAllWindows(new QueuedDialogs());
    }

    @BeforeEach
    void keepToolkitWhenTheLastWindowCloses() { Platform.setImplicitExit(false); }

    @Override public void start(Stage stage) throws Exception {
        planFile = Files.createTempFile(tmp, "plan", ".wsus.json");
        Files.copy(Path.of("sample-topologies/single-office.wsus.json"), planFile, StandardCopyOption.REPLACE_EXISTING);
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

    @Test
    void saveThroughTheMenuWritesTheFileAndClearsTheDirtyMarker() throws Exception {
        assertFalse(window().stage().getTitle().contains("•"));
        addServer("branch9");
        assertTrue(window().stage().getTitle().contains("•"), window().stage().getTitle());
        clickOn("File").clickOn("Save");
        assertFalse(window().stage().getTitle().contains("•"));
        Topology saved = TopologyFiles.load(planFile);
        assertNotNull(saved.server("branch9"));
        interact(() -> document().commands().undo());
        assertTrue(document().isDirty());
        interact(() -> document().commands().redo());
        assertFalse(document().isDirty(), "back at the saved point");
    }

    @Test
    void saveAsThenOpenRoundTripsThePlan() throws Exception {
        addServer("roundtrip");
        Path copy = tmp.resolve("copy.wsus.json");
        answers.add(copy);
        clickOn("File").clickOn("Save As…");
        assertEquals(copy, document().file());
        assertTrue(window().stage().getTitle().contains("copy.wsus.json"));
        assertTrue(TopologyFiles.load(copy).sameAs(document().topology()));
        Path other = tmp.resolve("other.wsus.json");
        Files.copy(copy, other, StandardCopyOption.REPLACE_EXISTING);
        answers.add(other);
        clickOn("File").clickOn("Open…");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, app.windows().size(), "a plan with history opens in a new window");
        Document reopened = app.sessionOf(app.windows().get(1)).document();
        assertTrue(reopened.topology().sameAs(document().topology()));
    }

    @Test
    void aCorruptFileShowsWhereAndLeavesThePlanAsItWas() throws Exception {
        addServer("keepme");
        Path corrupt = tmp.resolve("corrupt.wsus.json");
        Files.writeString(corrupt, "{\n  \"format\": \"wsus-topology\",\n  \"formatVersion\": 1,\n  \"servers\": [ { \"id\": 5 } ]\n}\n",
                StandardCharsets.UTF_8);
        answers.add(corrupt);
        clickOn("File").clickOn("Open…");
        DialogPane pane = dialog();
        String text = ((Label) pane.getContent()).getText();
        assertTrue(text.contains("corrupt.wsus.json") && text.contains("line 4"), text);
        clickOn("OK");
        assertEquals(1, app.windows().size());
        assertNotNull(document().topology().server("keepme"));
        assertTrue(document().isDirty());
    }

    @Test
    void aFileOfANewerFormatSaysSoInADialogThatFitsTheWindow() throws Exception {
        Path newer = tmp.resolve("from-a-newer-editor-with-a-long-name.wsus.json");
        Files.writeString(newer, "{\n  \"format\": \"wsus-topology\",\n  \"formatVersion\": 7,\n  \"servers\": []\n}\n",
                StandardCharsets.UTF_8);
        interact(() -> window().stage().setWidth(900));
        answers.add(newer);
        clickOn("File").clickOn("Open…");
        DialogPane pane = dialog();
        assertTrue(pane.getHeaderText().contains("is from a newer version of WSUS Topology Editor"), pane.getHeaderText());
        assertFalse(pane.getHeaderText().contains("not a valid"), pane.getHeaderText());
        Label text = (Label) pane.getContent();
        assertTrue(text.getText().contains("format version 7"), text.getText());
        assertTrue(pane.getScene().getWindow().getWidth() <= window().stage().getWidth(),
                "dialog " + pane.getScene().getWindow().getWidth() + " px, window " + window().stage().getWidth() + " px");
        assertTrue(text.getHeight() > 2 * text.getFont().getSize(), "the message wraps onto several lines");
        clickOn("OK");
        assertEquals(1, app.windows().size());
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow() {
        addServer("unsaved");
        clickOn("File").clickOn("Close");
        DialogPane pane = dialog();
        assertTrue(pane.getHeaderText().contains("Save the changes"), pane.getHeaderText());
        clickOn("Cancel");
        assertEquals(1, app.windows().size());
        assertTrue(window().stage().isShowing());
        clickOn("File").clickOn("Close");
        clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.windows().isEmpty());
    }

    @Test
    void quittingAsksFirstAboutTheWindowQuitFromAndEachQuestionSitsOnItsOwnWindow() {
        addServer("unsaved");
        EditorWindow planWindow = window();
        interact(() -> app.show(DocumentSession.newPlan(app.workspace()), null));
        EditorWindow untitled = app.windows().get(1);
        Document untitledPlan = app.sessionOf(untitled).document();
        interact(() -> untitledPlan.execute(untitledPlan.edits().renamePlan("Branch rollout")));
        assertTrue(untitledPlan.isDirty());

        Platform.runLater(() -> app.quit(untitled));
        DialogPane first = dialog();
        assertTrue(first.getHeaderText().contains(untitledPlan.displayName()), first.getHeaderText());
        assertSame(untitled.stage(), ((Stage) first.getScene().getWindow()).getOwner(),
                "the question about the window quit from sits on that window");
        clickOn("Don't Save");

        DialogPane second = dialog();
        assertTrue(second.getHeaderText().contains(planFile.getFileName().toString()), second.getHeaderText());
        Window owner = ((Stage) second.getScene().getWindow()).getOwner();
        assertSame(planWindow.stage(), owner, "the question about the plan file sits on the plan's window");
        assertTrue(planWindow.stage().isFocused(), "and that window came to the front");
        clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, app.windows().size(), "Cancel keeps every window open");
    }
}
