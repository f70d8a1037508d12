package net.wsustopology.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Document;
import net.wsustopology.ui.DemoPlans;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Every tab of the server inspector can be seen and clicked in the window as it first opens, none hides behind the overflow menu. */
class InspectorTabsUiTest extends ApplicationTest {
    private Document document;

    @Override public void start(Stage stage) throws Exception {
        Preferences.userRoot().node("net/wsustopology/editor").clear();
        document = DemoPlans.document(DemoPlans.regions());
        EditorApp.openWindow(stage, document).show();
    }

    @Test
    void everyTabHeaderFitsTheDefaultInspector() {
        interact(() -> document.selection().select(document.topology().servers().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = lookup("#inspector-tabs").queryAs(TabPane.class);
        assertTrue(tabs.getWidth() > 0);
        Node overflow = tabs.lookup(".control-buttons-tab");
        assertFalse(overflow != null && overflow.isVisible(), "the tab headers overflow " + tabs.getWidth() + " px");
        for (Node label : tabs.lookupAll(".tab-label")) {
            Label l = (Label) label;
            assertFalse(l.getText().isEmpty());
            Node text = l.lookup(".text");
            assertTrue(text instanceof Text t && t.getText().equals(l.getText()), "cut: " + l.getText());
        }
    }
}
