package net.wsustopology.ui.files;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.application.Platform;
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

    @Test
    void recoveryIsOfferedAfterACrashAndTheRecoveredPlanIsDirty() throws Exception {
        Platform.setImplicitExit(false);
        Workspace workspace = new Workspace(tmp.resolve("appdata"));
        Topology lost = new Topology();
        lost.setName("Lost work");
        Server s = new Server("survivor");
        s.setName("wsus-survivor.corp.example.com");
        lost.addServer(s);
        Path original = tmp.resolve("lost.wsus.json");
        workspace.recovery().write("crashed-session", lost, original, Instant.parse("2026-11-25T08:00:00Z"));

        app = new EditorApp();
        Platform.runLater(() -> {
            try {
                app.start(FxToolkit.registerPrimaryStage(), workspace, List.of());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup(".dialog-pane").queryAll().stream().anyMatch(n -> n.isVisible()));
        assertTrue(lookup((javafx.scene.control.CheckBox c) -> c.getText().contains("Lost work")
                && c.getText().contains("lost.wsus.json")).tryQuery().isPresent());
        clickOn("Recover selected");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, app.windows().size());
        Document recovered = app.sessionOf(app.windows().get(0)).document();
        assertNotNull(recovered.topology().server("survivor"));
        assertTrue(recovered.isDirty());
        assertEquals(original.toAbsolutePath(), recovered.file());
        assertTrue(app.windows().get(0).stage().getTitle().contains("•"));
        assertTrue(Files.exists(workspace.recovery().directory().resolve("crashed-session.wsus.json")),
                "the copy stays until the plan is saved or discarded");
    }
}
