package net.wsustopology.ui.canvas;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Document;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.ui.shell.EditorWindow;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The unfolded legend never covers a card of the three-region sample (it covered wsus-apac01). */
class LegendCoversNoCardUiTest extends ApplicationTest {
    private EditorWindow window;

    @Override public void start(Stage stage) throws Exception {
        Preferences.userRoot().node("net/wsustopology/editor").clear();
        Path sample = Path.of("sample-topologies/three-region-enterprise.wsus.json");
        window = EditorApp.openWindow(stage, new Document(TopologyFiles.load(sample), sample));
        window.show();
    }

    private Rectangle2D legendOnCanvas() {
        Node legend = from(window.canvas()).lookup(".legend").query();
        Bounds b = window.canvas().sceneToLocal(legend.localToScene(legend.getBoundsInLocal()));
        return new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    private void settle() {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theUnfoldedLegendCoversNoCard() {
        settle();
        interact(() -> window.canvas().legendVisibleProperty().set(true));
        settle();
        Rectangle2D legend = legendOnCanvas();
        assertTrue(legend.getWidth() > 50, "the legend is unfolded");
        int covered = 0;
        for (Node card : window.canvas().lookupAll(".server-node")) {
            Bounds b = window.canvas().sceneToLocal(card.localToScene(card.getLayoutBounds()));
            if (card.getStyleClass().contains("legend-swatch")) continue; // the legend's own samples of a card
            if (card.isVisible() && legend.intersects(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())) covered++;
        }
        assertEquals(0, covered, "cards under the legend at " + legend);
        assertTrue(legend.getMinX() >= 0 && legend.getMaxY() <= window.canvas().getHeight(), "on the canvas: " + legend);
    }
}
