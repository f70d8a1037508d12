package net.wsustopology.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.DemoPlans;
import net.wsustopology.ui.shell.EditorWindow;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+Z in an inspector field belongs to the field while it holds typing, then to the plan (defect 13.6). */
class FieldKeysUiTest extends ApplicationTest {
    private Document document;
    private Topology topology;
    private Server server;

    @Override public void start(Stage stage) throws Exception {
        Preferences.userRoot().node("net/wsustopology/editor").clear();
        topology = DemoPlans.regions();
        document = DemoPlans.document(topology);
        server = topology.servers().get(1);
        server.setSync(new SyncSchedule(true, "02:00", 1));
        EditorWindow window = EditorApp.openWindow(stage, document);
        window.show();
        document.selection().select(server);
    }

    @Test
    void ctrlZInAFieldFirstTakesBackTheTypingThenThePlansLastStep() {
        clickOn("General");
        TextField site = lookup("#server-site").queryAs(TextField.class);
        String before = server.getSite();
        doubleClickOn(site);
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("Lisbon").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Lisbon", server.getSite());
        assertTrue(document.commands().canUndo());

        write("X");
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Lisbon", site.getText(), "the first Ctrl+Z takes back the uncommitted typing");
        assertEquals("Lisbon", server.getSite());

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, server.getSite(), "the next Ctrl+Z undoes the plan's last step");
    }

    @Test
    void ctrlAAndDigitsInTheSynchronizationsPerDayFieldEditTheFieldNotTheSelection() {
        TabPane tabs = lookup("#inspector-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals("Schedule")).findFirst().orElseThrow()));
        Spinner<?> perDay = lookup("#sync-per-day").queryAs(Spinner.class);
        clickOn(perDay.getEditor());
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, document.selection().size(), "Ctrl+A selects the field's text, not every server");
        assertEquals(perDay.getEditor().getText(), perDay.getEditor().getSelectedText());

        write("6").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, server.getSync().perDay(), "typed digits are the new value");
        assertEquals(1, document.selection().size());

        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("x3");
        type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3", perDay.getEditor().getText(), "letters and a value over 24 are refused at the keyboard");
        Label message = lookup("#sync-per-day-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("Enter a number of synchronizations per day (1-24)", message.getText());
        type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, server.getSync().perDay(), "leaving the field commits it");
    }
}
