package net.wsustopology.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Document;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.DemoPlans;
import net.wsustopology.ui.shell.EditorWindow;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Servers dropped, pasted and duplicated land on free places, in their upstream's block, named in the plan's domain. */
class NewServerPlacementUiTest extends ApplicationTest {
    private Document document;
    private Topology topology;
    private EditorWindow window;

    @Override public void start(Stage stage) throws Exception {
        Preferences.userRoot().node("net/wsustopology/editor").clear();
        topology = DemoPlans.regions();
        // laid out for a wide view, so berlin's two downstreams share a row whatever the window's shape
        new TreeLayout().placeUnpinned(topology, 6);
        document = DemoPlans.document(topology);
        window = EditorApp.openWindow(stage, document);
        window.show();
    }

    private Point2D centreOf(String id) { return window.canvas().screenCentreOf(topology.server(id)); }

    private void assertNoCardCoversAnother() {
        List<Server> servers = topology.servers();
        for (int i = 0; i < servers.size(); i++) {
            for (int j = i + 1; j < servers.size(); j++) {
                Position a = window.canvas().positionOf(servers.get(i));
                Position b = window.canvas().positionOf(servers.get(j));
                boolean overlap = Math.abs(a.x() - b.x()) < ServerNode.WIDTH && Math.abs(a.y() - b.y()) < ServerNode.HEIGHT;
                assertFalse(overlap, servers.get(i) + " at " + a + " covers " + servers.get(j) + " at " + b);
            }
        }
    }

    private void ctrl(KeyCode key) {
        press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDownstreamDroppedOnAnUpstreamJoinsTheRowOfItsDownstreamsInOneStep() {
        Position munich = window.canvas().positionOf(topology.server("munich"));
        Position hamburg = window.canvas().positionOf(topology.server("hamburg"));
        EditorWindowUiTest.forgetMonoclesStaleDragView();
        drag("#palette-downstream").dropTo(centreOf("berlin"));
        WaitForAsyncUtils.waitForFxEvents();
        Server added = topology.servers().get(topology.size() - 1);
        assertEquals("berlin", added.getUpstreamId());
        assertEquals("wsus-new-1.corp.contoso.com", added.getName());
        Position at = window.canvas().positionOf(added);
        assertEquals(hamburg.y(), at.y(), 1e-6, "on the row of berlin's downstreams");
        assertEquals(hamburg.x() + (hamburg.x() - munich.x()), at.x(), 12);
        assertNoCardCoversAnother();
        assertEquals(1, document.commands().undoSize());
    }

    @Test
    void aServerDroppedOnTopOfACardMovesToTheNearestFreePlace() {
        EditorWindowUiTest.forgetMonoclesStaleDragView();
        drag("#palette-root").dropTo(centreOf("paris"));
        WaitForAsyncUtils.waitForFxEvents();
        Server added = topology.servers().get(topology.size() - 1);
        assertFalse(added.isSyncFromUpstream());
        assertNoCardCoversAnother();
        Position paris = window.canvas().positionOf(topology.server("paris"));
        Position at = window.canvas().positionOf(added);
        assertTrue(Math.hypot(at.x() - paris.x(), at.y() - paris.y()) < 2 * ServerNode.WIDTH, "near the drop: " + at);
    }

    @Test
    void duplicatesAndPastesNeverLandOnOtherCards() {
        clickOn(centreOf("munich"));
        press(KeyCode.CONTROL).clickOn(centreOf("hamburg")).release(KeyCode.CONTROL);
        ctrl(KeyCode.D);
        ctrl(KeyCode.D);
        ctrl(KeyCode.C);
        ctrl(KeyCode.V);
        ctrl(KeyCode.V);
        assertEquals(8 + 8, topology.size());
        assertNoCardCoversAnother();
    }

    @Test
    void pasteAsDownstreamPutsTheCopyInTheBlockOfTheSelectedServer() {
        clickOn(centreOf("osaka"));
        ctrl(KeyCode.C);
        clickOn(centreOf("paris"));
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.V).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Server pasted = document.selection().single();
        assertEquals("paris", pasted.getUpstreamId());
        assertEquals("wsus-osa-copy.corp.contoso.com", pasted.getName());
        Position paris = window.canvas().positionOf(topology.server("paris"));
        assertEquals(paris.x(), window.canvas().positionOf(pasted).x(), 12);
        assertTrue(window.canvas().positionOf(pasted).y() > paris.y());
        assertNoCardCoversAnother();
        assertEquals("Paste 1 server under wsus-par.corp.contoso.com", document.commands().undoLabel());
    }

    @Test
    void aCardsPasteAsDownstreamPastesUnderIt() {
        clickOn(centreOf("munich"));
        ctrl(KeyCode.C);
        // what the card's context menu item runs (headless Monocle raises no context-menu event)
        interact(() -> window.canvas().pasteAsDownstream(topology.server("lab")));
        Server pasted = document.selection().single();
        assertEquals("lab", pasted.getUpstreamId());
        assertTrue(window.canvas().positionOf(pasted).y() > window.canvas().positionOf(topology.server("lab")).y());
        assertNoCardCoversAnother();
    }

    @Test
    void undoingADeleteSelectsTheServersAgain() {
        clickOn(centreOf("munich"));
        press(KeyCode.CONTROL).clickOn(centreOf("osaka")).release(KeyCode.CONTROL);
        type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.selection().isEmpty());
        ctrl(KeyCode.Z);
        assertEquals(Set.of(topology.server("munich"), topology.server("osaka")), document.selection().servers());
        assertTrue(window.canvas().nodeHasStyleClass(topology.server("osaka"), "selected"));
        ctrl(KeyCode.Y);
        assertTrue(document.selection().isEmpty());
    }
}
