package net.wsustopology.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.DemoPlans;
import net.wsustopology.ui.shell.EditorWindow;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The editor window driven by the mouse and keyboard, headless. */
class EditorWindowUiTest extends ApplicationTest {
    private Document document;
    private Topology topology;
    private EditorWindow window;

    @Override public void start(Stage stage) throws Exception {
        Preferences.userRoot().node("net/wsustopology/editor").clear();
        topology = DemoPlans.regions();
        document = DemoPlans.document(topology);
        window = EditorApp.openWindow(stage, document);
        window.show();
    }

    private Point2D centreOf(String id) { return window.canvas().screenCentreOf(topology.server(id)); }

    private String statusText() { return lookup(".editor-status").queryAs(StatusBar.class).getText(); }

    /**
     * Headless Monocle remembers the window of the first plain mouse drag until a drag-and-drop
     * ends; after an earlier test's window is gone, a drag-and-drop then fails inside Monocle
     * (View.notifyDragLeave on a window the drag never entered). Forget that window first.
     */
    static void forgetMonoclesStaleDragView() {
        try {
            Class<?> mouseInput = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            Field single = mouseInput.getDeclaredField("instance");
            single.setAccessible(true);
            Object instance = single.get(null);
            Field dragView = mouseInput.getDeclaredField("dragView");
            dragView.setAccessible(true);
            dragView.set(instance, null);
        } catch (ReflectiveOperationException notMonocle) {
            // a real windowing system: nothing to reset
        }
    }

    @Test
    void theWindowCarriesTheApplicationIcon() {
        assertEquals(1, window.stage().getIcons().size());
        assertEquals(256, window.stage().getIcons().get(0).getWidth());
    }

    @Test
    void droppingADownstreamFromThePaletteOntoACardConnectsIt() {
        int before = topology.size();
        forgetMonoclesStaleDragView();
        drag("#palette-downstream").dropTo(centreOf("berlin"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, topology.size());
        Server added = topology.servers().get(before);
        assertTrue(added.isSyncFromUpstream());
        assertEquals("berlin", added.getUpstreamId());
        assertTrue(window.canvas().hasVisibleEdge(added));
        assertTrue(document.selection().contains(added));
    }

    @Test
    void draggingACardOntoAnotherReparentsIt() {
        drag(centreOf("munich"), MouseButton.PRIMARY).dropTo(centreOf("paris"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("paris", topology.server("munich").getUpstreamId());
        assertTrue(document.commands().undoLabel().startsWith("Connect"));
    }

    @Test
    void draggingAnUpstreamOntoItsDownstreamIsRefused() {
        drag(centreOf("hq"), MouseButton.PRIMARY).dropTo(centreOf("munich"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(topology.server("hq").isSyncFromUpstream());
        assertFalse(document.commands().canUndo());
        assertTrue(statusText().contains("loop"), statusText());
    }

    @Test
    void deleteThenUndoRestoresThePlan() {
        Topology original = DemoPlans.regions();
        clickOn(centreOf("berlin"));
        type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, topology.server("berlin"));
        assertEquals("hq", topology.server("munich").getUpstreamId());
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(topology.server("berlin"));
        assertTrue(topology.sameAs(original));
        assertTrue(window.canvas().hasVisibleEdge(topology.server("munich")));
    }

    @Test
    void draggingACardToEmptySpaceMovesItAsOneUndoStep() {
        Point2D from = centreOf("osaka");
        drag(from, MouseButton.PRIMARY).moveBy(0, 60).moveBy(0, 60).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Server osaka = topology.server("osaka");
        assertNotNull(osaka.getPosition());
        assertTrue(osaka.isPinned());
        assertEquals(1, document.commands().undoSize());
        assertEquals("Move wsus-osa.corp.contoso.com", document.commands().undoLabel());
        assertEquals(from.getY() + 120, centreOf("osaka").getY(), 2);
    }

    @Test
    void aRootWithMoreThanAThousandDownstreamsIsDrawnAsAnError() {
        Topology big = DemoPlans.fanOut(1001);
        EditorWindow[] opened = new EditorWindow[1];
        interact(() -> {
            opened[0] = EditorApp.openWindow(new Stage(), DemoPlans.document(big));
            opened[0].show();
            opened[0].canvas().reveal(big.server("hq"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(opened[0].canvas().nodeHasStyleClass(big.server("hq"), "severity-error"));
        interact(() -> opened[0].canvas().reveal(big.server("d500")));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(opened[0].canvas().nodeHasStyleClass(big.server("d500"), "severity-error"));
        assertTrue(opened[0].canvas().nodeHasStyleClass(big.server("d500"), "role-replica"));
        interact(() -> opened[0].stage().close());
    }

    @Test
    void copyAndPasteAddsAFreshServerAtTheSameUpstream() {
        clickOn(centreOf("osaka"));
        press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Server pasted = topology.server("osaka-2");
        assertNotNull(pasted);
        assertEquals("tokyo", pasted.getUpstreamId());
        assertEquals("wsus-osa-copy.corp.contoso.com", pasted.getName());
        assertEquals(pasted, document.selection().single());
        assertTrue(window.canvas().hasVisibleEdge(pasted));
    }

    @Test
    void collapsingASubtreeHidesItUntilAServerInItIsRevealed() {
        Server berlin = topology.server("berlin"), munich = topology.server("munich");
        interact(() -> window.canvas().setCollapsed(berlin, true));
        assertFalse(window.canvas().isShown(munich));
        assertFalse(window.canvas().hasVisibleEdge(munich));
        assertTrue(window.canvas().nodeHasStyleClass(berlin, "collapsed"));
        interact(() -> window.canvas().reveal(munich));
        assertTrue(window.canvas().isShown(munich));
        assertTrue(window.canvas().hasVisibleEdge(munich));
        assertFalse(window.canvas().nodeHasStyleClass(berlin, "collapsed"));
    }

    @Test
    void aSelectionRectangleSelectsTheCardsItTouchesAndCtrlClickAddsOne() {
        Point2D munich = centreOf("munich"), hamburg = centreOf("hamburg");
        drag(hamburg.add(100, 45), MouseButton.PRIMARY).moveTo(munich.add(-60, -45)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(topology.server("munich"), topology.server("hamburg")), document.selection().servers());
        press(KeyCode.CONTROL).clickOn(centreOf("osaka")).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, document.selection().size());
        assertTrue(window.canvas().nodeHasStyleClass(topology.server("osaka"), "selected"));
    }

    @Test
    void searchSelectsAndRevealsTheServer() {
        clickOn("#search").write("osaka").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(topology.server("osaka"), document.selection().single());
        assertTrue(window.canvas().nodeHasStyleClass(topology.server("osaka"), "selected"));
    }
}
