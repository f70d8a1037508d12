package net.wsustopology.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.DemoPlans;
import net.wsustopology.ui.shell.EditorWindow;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas gets the room: compact palette, folded legend, collapsible dock, the overview of a big plan. */
class WindowRoomUiTest extends ApplicationTest {
    private static final Preferences PREFS = Preferences.userRoot().node("net/wsustopology/editor");
    private EditorWindow window;
    private Stage stage;

    @Override public void start(Stage stage) throws Exception {
        PREFS.clear();
        this.stage = stage;
        window = EditorApp.openWindow(stage, DemoPlans.document(DemoPlans.regions()));
        window.show();
    }

    private double canvasShareOfWindow() {
        Bounds canvas = window.canvas().localToScene(window.canvas().getLayoutBounds());
        double scene = window.stage().getScene().getWidth() * window.stage().getScene().getHeight();
        return canvas.getWidth() * canvas.getHeight() / scene;
    }

    private void shortcut(KeyCode... keys) {
        press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCanvasCoversAtLeastSixtyPercentOfTheDefaultWindow() {
        assertEquals(1400, window.stage().getScene().getWidth(), 1);
        assertEquals(900, window.stage().getScene().getHeight(), 1);
        double share = canvasShareOfWindow();
        System.out.printf("canvas covers %.1f %% of the default window%n", share * 100);
        assertTrue(share >= 0.60, "canvas share " + share);
    }

    @Test
    void theLegendStartsFoldedToAButtonInTheTopRightCornerAndIsRemembered() {
        Node legend = lookup(".legend").query();
        assertFalse(legend.isVisible());
        Bounds button = lookup("#legend-button").query().localToScene(lookup("#legend-button").query().getLayoutBounds());
        Bounds canvas = window.canvas().localToScene(window.canvas().getLayoutBounds());
        assertTrue(button.getMinX() > canvas.getMinX() + canvas.getWidth() * 0.8, "button at the right: " + button);
        assertTrue(button.getMinY() < canvas.getMinY() + 30, "button at the top: " + button);
        assertTrue(button.getWidth() * button.getHeight() < 100 * 40, "a small button: " + button);
        clickOn("#legend-button");
        assertTrue(legend.isVisible());
        Bounds unfolded = legend.localToScene(legend.getLayoutBounds());
        assertTrue(unfolded.getMinX() > canvas.getMinX() + canvas.getWidth() / 2, "never over the tree's top-left: " + unfolded);
        interact(() -> window.stage().close());
        assertTrue(PREFS.getBoolean("legendUnfolded", false));
    }

    @Test
    void ctrlJCollapsesAndExpandsTheDockAndTheStateIsRemembered() {
        TabPane dock = lookup(".insight-tabs").queryAs(TabPane.class);
        assertFalse(window.dockExpandedProperty().get());
        assertTrue(dock.getHeight() < 40, "collapsed to its tabs: " + dock.getHeight());
        double collapsedShare = canvasShareOfWindow();
        shortcut(KeyCode.J);
        assertTrue(window.dockExpandedProperty().get());
        assertTrue(dock.getHeight() > 100, "expanded: " + dock.getHeight());
        assertTrue(canvasShareOfWindow() < collapsedShare);
        clickOn("#toggle-issues");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.dockExpandedProperty().get());
        clickOn("#tab-issues");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.dockExpandedProperty().get(), "clicking a tab of the collapsed dock expands it");
        interact(() -> window.stage().close());
        assertTrue(PREFS.getBoolean("dockExpanded", false));
    }

    @Test
    void theOverviewOfABigPlanPansTheCanvasByClickAndDrag() {
        Topology big = DemoPlans.large(1500);
        EditorWindow[] opened = new EditorWindow[1];
        interact(() -> {
            opened[0] = EditorApp.openWindow(new Stage(), DemoPlans.document(big));
            opened[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        TopologyCanvas canvas = opened[0].canvas();
        assertTrue(canvas.isOverviewVisible(), "a plan larger than the view gets the overview");
        Node overview = from(canvas).lookup("#overview").query();
        Bounds box = overview.localToScreen(overview.getLayoutBounds());
        double[] before = canvas.visibleDiagramArea();
        clickOn(new Point2D(box.getMaxX() - 10, box.getMaxY() - 10));
        WaitForAsyncUtils.waitForFxEvents();
        double[] jumped = canvas.visibleDiagramArea();
        assertTrue(jumped[0] > before[0] + 100 || jumped[1] > before[1] + 100, "a click jumps towards the bottom-right");
        drag(new Point2D(box.getMaxX() - 10, box.getMaxY() - 10)).moveTo(new Point2D(box.getMinX() + 5, box.getMinY() + 5)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double[] dragged = canvas.visibleDiagramArea();
        assertEquals(0, dragged[0], 1, "dragged back to the left edge");
        assertEquals(0, dragged[1], 1, "dragged back to the top");
        shortcut(KeyCode.SHIFT, KeyCode.O);
        assertFalse(canvas.isOverviewVisible(), "View > Overview (Ctrl+Shift+O) hides it");
        interact(() -> opened[0].stage().close());
    }

    @Test
    void aPlanThatFitsTheViewHasNoOverview() {
        interact(() -> window.canvas().zoomToFit());
        assertFalse(window.canvas().isOverviewVisible());
    }
}
