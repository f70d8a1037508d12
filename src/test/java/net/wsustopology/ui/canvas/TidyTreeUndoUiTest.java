package net.wsustopology.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.prefs.Preferences;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Document;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.DemoPlans;
import net.wsustopology.ui.shell.EditorWindow;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Arrange > Tidy Tree moves Microsoft Update with the servers, and one undo puts both back. */
class TidyTreeUndoUiTest extends ApplicationTest {
    private Document document;
    private EditorWindow window;

    @Override public void start(Stage stage) throws Exception {
        Preferences.userRoot().node("net/wsustopology/editor").clear();
        Topology topology = DemoPlans.regions();
        LayoutResult layout = new TreeLayout().layout(topology);
        for (Server s : topology.servers()) {
            Position tidy = layout.positions().get(s.id());
            s.setPosition(new Position(tidy.x() + 400, tidy.y() + 300));
        }
        document = DemoPlans.document(topology);
        window = EditorApp.openWindow(stage, document);
        window.show();
    }

    @Test
    void undoingTidyTreeBringsMicrosoftUpdateBackWithTheServers() {
        Position before = window.canvas().microsoftUpdateCentre();
        interact(() -> window.actions().tidyTree());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, window.canvas().microsoftUpdateCentre(), "the layout puts Microsoft Update elsewhere");
        assertEquals(1, document.commands().undoSize());

        interact(() -> document.commands().undo());
        assertEquals(before, window.canvas().microsoftUpdateCentre());
        interact(() -> document.commands().redo());
        assertNotEquals(before, window.canvas().microsoftUpdateCentre());
    }
}
