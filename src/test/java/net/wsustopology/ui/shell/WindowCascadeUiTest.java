package net.wsustopology.ui.shell;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** File > New opens its window down and to the right of the last one, never exactly on top of it. */
class WindowCascadeUiTest extends ApplicationTest {
    @TempDir static Path tmp;
    private EditorApp app;

    @BeforeEach
    void keepToolkitWhenTheLastWindowCloses() { Platform.setImplicitExit(false); }

    @Override public void start(Stage stage) throws Exception {
        Preferences.userRoot().node("net/wsustopology/editor").clear();
        app = new EditorApp();
        app.start(stage, new Workspace(Files.createTempDirectory(tmp, "appdata")), List.of());
    }

    @AfterEach
    void closeWindows() throws Exception { FxToolkit.cleanupStages(); }

    private Stage newWindow() {
        int before = app.windows().size();
        interact(() -> app.windows().get(before - 1).stage().requestFocus());
        push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, app.windows().size());
        return app.windows().get(before).stage();
    }

    @Test
    void eachNewWindowIsOffsetFromTheLastOne() {
        interact(() -> app.windows().get(0).stage().setWidth(800));
        interact(() -> app.windows().get(0).stage().setHeight(600));
        interact(() -> app.windows().get(0).stage().setX(40));
        interact(() -> app.windows().get(0).stage().setY(40));
        Stage first = app.windows().get(0).stage();
        Stage second = newWindow();
        assertEquals(first.getX() + WindowPlacement.CASCADE_STEP, second.getX(), 0.5);
        assertEquals(first.getY() + WindowPlacement.CASCADE_STEP, second.getY(), 0.5);
        Stage third = newWindow();
        assertEquals(second.getX() + WindowPlacement.CASCADE_STEP, third.getX(), 0.5);
    }

    @Test
    void aWindowThatWouldLeaveTheScreenStartsAgainAtItsTopLeft() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage first = app.windows().get(0).stage();
        interact(() -> {
            first.setWidth(800);
            first.setHeight(600);
            first.setX(screen.getMaxX() - 810);
            first.setY(screen.getMaxY() - 610);
        });
        Stage second = newWindow();
        assertTrue(second.getX() + second.getWidth() <= screen.getMaxX() + 0.5, "x " + second.getX());
        assertTrue(second.getY() + second.getHeight() <= screen.getMaxY() + 0.5, "y " + second.getY());
    }
}
