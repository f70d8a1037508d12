package net.wsustopology.ui.files;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Document;
import net.wsustopology.document.Workspace;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** A start with an autosave copy left by a crash offers to recover it; the plan opens dirty. */
class RecoveryUiTest extends ApplicationTest {
    @TempDir Path tmp;
    private EditorApp app;

    @Override public void start(Stage stage) { }

    @AfterEach
    void closeWindows() throws Exception { FxToolkit.cleanupStages(); }

    private Topology lostPlan() {
        Topology lost = new Topology();
        lost.setName("Lost work");
        Server s = new Server("survivor");
        s.setName("wsus-survivor.corp.example.com");
        lost.addServer(s);
        return lost;
    }

    private void startEditor(Workspace workspace) {
        app = new EditorApp();
        Platform.runLater(() -> {
            try {
                app.start(FxToolkit.registerPrimaryStage(), workspace, List.of());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void recoveryIsOfferedAfterACrashAndTheRecoveredPlanIsDirty() throws Exception {
        Platform.setImplicitExit(false);
        Workspace crashed = new Workspace(tmp.resolve("appdata"));
        Path original = tmp.resolve("lost.wsus.json");
        crashed.recovery().write("crashed-session", lostPlan(), original, Instant.parse("2026-11-25T08:00:00Z"));
        crashed.recovery().close(); // its lock goes as in a crash; the copy stays

        Workspace workspace = new Workspace(tmp.resolve("appdata"));
        startEditor(workspace);
        assertTrue(lookup(".dialog-pane").queryAll().stream().anyMatch(n -> n.isVisible()));
        assertTrue(lookup((CheckBox c) -> c.getText().contains("Lost work")
                && c.getText().contains("lost.wsus.json")).tryQuery().isPresent());
        clickOn("Recover selected");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, app.windows().size());
        Document recovered = app.sessionOf(app.windows().get(0)).document();
        assertNotNull(recovered.topology().server("survivor"));
        assertTrue(recovered.isDirty());
        assertEquals(original.toAbsolutePath(), recovered.file());
        assertTrue(app.windows().get(0).stage().getTitle().contains("•"));
        assertEquals(List.of("crashed-session"), workspace.recovery().ownCopies().stream().map(e -> e.id()).toList(),
                "the copy stays, now in this editor's folder, until the plan is saved or discarded");
        assertTrue(new Workspace(tmp.resolve("appdata")).recovery().claimOrphans().isEmpty(), "this editor runs");
    }

    @Test
    void theCopyOfAnEditorThatStillRunsIsNotOffered() throws Exception {
        Platform.setImplicitExit(false);
        Workspace running = new Workspace(tmp.resolve("appdata"));
        running.recovery().write("busy-session", lostPlan(), null, null);

        startEditor(new Workspace(tmp.resolve("appdata")));
        assertTrue(lookup(".dialog-pane").queryAll().isEmpty(), "no recovery offer");
        assertEquals(1, app.windows().size());
        assertNull(app.sessionOf(app.windows().get(0)).document().topology().server("survivor"));
        assertTrue(Files.exists(running.recovery().ownCopies().get(0).copy()));
        running.recovery().close();
    }
}
