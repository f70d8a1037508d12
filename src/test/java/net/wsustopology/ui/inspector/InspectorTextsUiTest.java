package net.wsustopology.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.ui.DemoPlans;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the window as it first opens, every tab of the server inspector can be seen and clicked (none
 * hides behind the overflow menu), and no caption, check box, radio button or chosen value is cut with "...".
 */
class InspectorTextsUiTest extends ApplicationTest {
    private Document document;

    @Override public void start(Stage stage) throws Exception {
        Preferences.userRoot().node("net/wsustopology/editor").clear();
        document = DemoPlans.document(DemoPlans.regions());
        EditorApp.openWindow(stage, document).show();
    }

    @Test
    void everyTextOfEveryTabIsShownWhole() {
        Server server = document.topology().servers().stream().filter(Server::isSyncFromUpstream).findFirst().orElseThrow();
        interact(() -> document.selection().select(server));
        TabPane tabs = lookup("#inspector-tabs").queryAs(TabPane.class);
        List<String> cut = new ArrayList<>();
        int checked = 0;
        for (Tab tab : tabs.getTabs()) {
            interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            for (Node n : tab.getContent().lookupAll("*")) {
                if (!(n instanceof Labeled labeled) || !labeled.isVisible() || labeled.getText() == null || labeled.getText().isEmpty()
                        || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) continue;
                // the labeled's own text, not one inside its graphic (a list cell's check box)
                Text text = (Text) labeled.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text).findFirst().orElse(null);
                if (text == null) continue;
                checked++;
                if (!text.getText().equals(labeled.getText())) cut.add(tab.getText() + ": \"" + text.getText() + "\" of \"" + labeled.getText() + "\"");
            }
        }
        assertTrue(checked > 25, "texts checked: " + checked);
        assertEquals(List.of(), cut);
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
