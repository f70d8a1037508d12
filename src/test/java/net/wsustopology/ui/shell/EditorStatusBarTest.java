package net.wsustopology.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import net.wsustopology.document.Document;
import net.wsustopology.ui.canvas.TopologyCanvas;
import net.wsustopology.ui.inspector.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EditorStatusBarTest {
    private EditorStatusBar bar;

    @Start
    void start(Stage stage) {
        Document document = TestPlans.regional();
        document.markSaved(Path.of("emea-rollout-plan-2027.wsus.json"));
        bar = new EditorStatusBar(document, new TopologyCanvas(document));
        Scene scene = new Scene(bar, 560, 40);
        TestPlans.style(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLongMessageNeverCutsTheCountersOrTheFileName(FxRobot robot) {
        robot.interact(() -> bar.show("Copied 1 server; " + "a long message about what just happened ".repeat(6)));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"status-servers", "status-errors", "status-warnings", "status-infos", "status-file"}) {
            Label counter = robot.lookup("." + id).queryAs(Label.class);
            assertTrue(counter.getWidth() >= counter.prefWidth(-1) - 0.5, id + " is cut: " + counter.getWidth() + " < " + counter.prefWidth(-1));
        }
    }

    @Test
    void aMessageGoesAfterAWhileAndTheNextOneReplacesIt(FxRobot robot) {
        robot.interact(() -> {
            bar.setMessageShown(Duration.millis(300));
            bar.show("Copied 1 server");
        });
        assertEquals("Copied 1 server", bar.getText());
        robot.interact(() -> bar.show("Pasted 1 server"));
        assertEquals("Pasted 1 server", bar.getText());
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bar.getText().isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("the message stayed: " + bar.getText());
        }
    }
}
