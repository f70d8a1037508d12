package net.wsustopology.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.Preferences;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.DemoPlans;
import net.wsustopology.ui.shell.EditorWindow;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** A server whose upstream is not in the plan shows the exports' stub "? id (not in plan)" on the canvas too. */
class MissingUpstreamStubUiTest extends ApplicationTest {
    private Document document;
    private EditorWindow window;
    private Server osaka;

    @Override public void start(Stage stage) throws Exception {
        Preferences.userRoot().node("net/wsustopology/editor").clear();
        Topology topology = DemoPlans.regions();
        osaka = topology.server("osaka");
        osaka.setUpstreamId("old-hub");
        document = DemoPlans.document(topology);
        window = EditorApp.openWindow(stage, document);
        window.show();
    }

    @Test
    void theStubNamesTheMissingUpstreamUntilItArrives() {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvas().hasVisibleEdge(osaka));
        assertEquals("? old-hub (not in plan)", window.canvas().edgeText(osaka));
        Server oldHub = new Server("old-hub");
        oldHub.setName("wsus-old.corp.contoso.com");
        interact(() -> document.execute(document.edits().add(oldHub, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Integer.toString(oldHub.getHttpPort()), window.canvas().edgeText(osaka), "the stub became a link");
    }
}
