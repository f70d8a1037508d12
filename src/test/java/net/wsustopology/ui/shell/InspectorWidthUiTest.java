package net.wsustopology.ui.shell;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Workspace;
import net.wsustopology.ui.inspector.InspectorPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector keeps its width when the window is resized; only a dragged width is remembered. */
class InspectorWidthUiTest extends ApplicationTest {
    private static final Preferences PREFS = Preferences.userRoot().node("net/wsustopology/editor");
    @TempDir static Path tmp;
    private EditorApp app;

    @BeforeEach
    void keepToolkitWhenTheLastWindowCloses() { Platform.setImplicitExit(false); }

    @Override public void start(Stage stage) throws Exception {
        PREFS.clear();
        app = new EditorApp();
        app.start(stage, new Workspace(Files.createTempDirectory(tmp, "appdata")),
                List.of("sample-topologies/three-region-enterprise.wsus.json"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindows() throws Exception { FxToolkit.cleanupStages(); }

    private EditorWindow editor(int i) { return app.windows().get(i); }

    private static double inspectorWidth(EditorWindow w) {
        return w.stage().getScene().getRoot().lookupAll("*").stream().filter(n -> n instanceof InspectorPane)
                .mapToDouble(n -> n.getLayoutBounds().getWidth()).findFirst().orElseThrow();
    }

    private void resize(EditorWindow w, double width, double height) {
        interact(() -> {
            w.stage().setWidth(width);
            w.stage().setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void growingOrShrinkingTheWindowChangesOnlyTheCanvas() {
        EditorWindow w = editor(0);
        double inspector = inspectorWidth(w);
        assertEquals(364, inspector, 8, "the default inspector width");
        double canvas = w.canvas().getWidth();
        resize(w, 900, 600);
        assertEquals(inspector, inspectorWidth(w), 2, "smaller window: the inspector keeps its width");
        resize(w, 1400, 900);
        assertEquals(inspector, inspectorWidth(w), 2, "back to 1400 × 900");
        assertEquals(canvas, w.canvas().getWidth(), 2);
        resize(w, 1600, 1000);
        assertEquals(inspector, inspectorWidth(w), 2, "a larger window gives the canvas the room");
        interact(() -> w.stage().close());
        assertEquals(364, PREFS.getDouble("inspectorWidth", 364), 0.5, "a width nobody dragged is not remembered");
    }

    @Test
    void aDraggedWidthIsKeptByFileNewAndUsedByTheNewWindow() {
        EditorWindow w = editor(0);
        Node divider = w.stage().getScene().getRoot().lookup(".split-pane-divider");
        double before = inspectorWidth(w);
        drag(divider).dropBy(-120, 0);
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = inspectorWidth(w);
        assertEquals(before + 120, dragged, 4);
        interact(() -> w.stage().requestFocus());
        push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, app.windows().size());
        assertEquals(dragged, inspectorWidth(editor(1)), 2, "the new window uses the dragged width");
        assertEquals(dragged, inspectorWidth(w), 2, "and the first window keeps it");
        resize(editor(1), 900, 600);
        interact(() -> editor(1).stage().close());
        assertEquals(dragged, PREFS.getDouble("inspectorWidth", 0), 2);
    }
}
