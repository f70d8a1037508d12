package net.wsustopology.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import net.wsustopology.app.EditorApp;
import net.wsustopology.command.SetValueCommand;
import net.wsustopology.document.Document;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.insight.InsightTabs;
import net.wsustopology.ui.insight.PresentationStage;
import net.wsustopology.ui.insight.SyncHeatMap;
import net.wsustopology.ui.shell.EditorWindow;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The insight views, presentation mode and heat map reached from the editor window, on the LNG-01 sample. */
class InsightWiringUiTest extends ApplicationTest {
    private static final Path SAMPLE = Path.of("sample-topologies/lng01-language-mismatch.wsus.json");

    private Document document;
    private Topology topology;
    private EditorWindow window;

    @Override public void start(Stage stage) throws Exception {
        Preferences.userRoot().node("net/wsustopology/editor").clear(); // default window layout, whatever ran before
        topology = TopologyFiles.load(SAMPLE);
        document = new Document(topology, SAMPLE);
        window = EditorApp.openWindow(stage, document);
        window.show();
    }

    private boolean parisHasLng01() {
        return document.findings().of("paris").stream().anyMatch(f -> f.ruleId().equals("LNG-01"));
    }

    private void shortcut(KeyCode key) {
        press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Node> showing(String query) {
        return lookup(query).queryAll().stream().filter(InsightWiringUiTest::isShowing).toList();
    }

    /** Visible with every parent visible (a table keeps an invisible cell for measuring). */
    private static boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return node.getScene() != null;
    }

    @Test
    void theLanguageTabIsBuiltWhenFirstShownAndItsMissingCellClearsLng01() {
        InsightTabs tabs = window.bottomTabs();
        assertFalse(tabs.isBuilt(InsightTabs.LANGUAGES), "not built before anyone looks");
        assertTrue(parisHasLng01());

        shortcut(KeyCode.DIGIT2);
        assertEquals(InsightTabs.LANGUAGES, tabs.getSelectionModel().getSelectedIndex());
        assertTrue(tabs.isBuilt(InsightTabs.LANGUAGES));
        assertFalse(tabs.isBuilt(InsightTabs.CAPACITY));
        List<Node> missing = showing(".language-grid .table-cell.state-missing");
        assertEquals(1, missing.size());

        clickOn(((Labeled) missing.get(0)).getGraphic());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(parisHasLng01());
        assertTrue(showing(".language-grid .table-cell.state-missing").isEmpty());

        shortcut(KeyCode.DIGIT4);
        assertTrue(tabs.isBuilt(InsightTabs.CAPACITY));
        assertNotNull(lookup(".capacity").tryQuery().orElse(null));
        shortcut(KeyCode.DIGIT1);
        assertEquals(InsightTabs.ISSUES, tabs.getSelectionModel().getSelectedIndex());
    }

    @Test
    void f5PresentsThePlanAndEscapeClosesIt() {
        type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        PresentationStage presentation = Window.getWindows().stream()
                .filter(w -> w instanceof PresentationStage && w.isShowing()).map(PresentationStage.class::cast)
                .findFirst().orElseThrow();
        assertTrue(presentation.isFullScreen());
        assertTrue(presentation.heading().startsWith("Whole plan: Fabrikam Europe"), presentation.heading());

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(presentation.isShowing());
        assertTrue(window.stage().isShowing());
    }

    @Test
    void theInspectorShowsTheWorstCaseDelayAndFollowsEditsUndoAndTheSharedDuration() {
        Server paris = topology.server("paris");
        interact(() -> document.selection().select(paris));
        TabPane inspectorTabs = lookup("#inspector-tabs").queryAs(TabPane.class);
        interact(() -> inspectorTabs.getSelectionModel().select(4));
        Label worstCase = lookup("#sync-worst-case").queryAs(Label.class);
        // hq syncs at 01:00 and Paris at 02:30, 30 min each: a release just after 01:00 reaches Paris at 03:00 next day
        assertEquals("1 d 2 h 0 min", worstCase.getText());

        interact(() -> document.execute(SetValueCommand.of(paris, ServerSettings.SYNC,
                paris.getSync().withAutomatic(false), "Manual sync")));
        assertEquals("manual sync: unbounded", worstCase.getText());
        assertTrue(worstCase.getStyleClass().contains("unbounded"));
        interact(() -> document.commands().undo());
        assertEquals("1 d 2 h 0 min", worstCase.getText());

        shortcut(KeyCode.DIGIT3);
        @SuppressWarnings("unchecked")
        Spinner<Integer> duration = lookup(".sync-propagation .spinner").queryAs(Spinner.class);
        interact(() -> duration.getValueFactory().setValue(60));
        assertEquals("1 d 2 h 30 min", worstCase.getText(), "one hour per sync: hq done 02:00, Paris 03:30");
    }

    @Test
    void theHeatMapMarksTheCardsAndFollowsEdits() {
        Server hq = topology.server("hq");
        Server munich = topology.server("munich");
        assertFalse(hasAnyHeat(hq));
        // every card is looked at: open the groups the fitted view folds
        interact(() -> { for (Server s : topology.servers()) window.canvas().setGroupOpen(s, true); });
        interact(() -> window.heatMapShownProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        for (Server s : topology.servers()) assertTrue(hasAnyHeat(s), s.id());
        assertTrue(window.canvas().nodeHasStyleClass(hq, "heat-0"), "hq is the fastest");
        assertTrue(window.canvas().nodeHasStyleClass(topology.server("graz"), "heat-4"), "Graz (03:00) is the slowest");
        assertTrue(window.canvas().nodeHasStyleClass(munich, "heat-2"), "Munich is half-way");
        assertEquals(5, showing(".legend-scale-swatch").size(), "the legend shows the scale");
        assertTrue(showing(".legend-label").stream().anyMatch(n -> ((Label) n).getText().equals("slowest or manual")));

        interact(() -> document.execute(SetValueCommand.of(munich, ServerSettings.SYNC,
                munich.getSync().withAutomatic(false), "Manual sync")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvas().nodeHasStyleClass(munich, "heat-4"), "manual: no bound");

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.heatMapShownProperty().get());
        for (Server s : topology.servers()) assertFalse(hasAnyHeat(s), s.id());
        assertTrue(showing(".legend-scale-swatch").isEmpty(), "the scale leaves the legend with the heat map");
    }

    private boolean hasAnyHeat(Server s) {
        return SyncHeatMap.BUCKETS.stream().anyMatch(c -> window.canvas().nodeHasStyleClass(s, c));
    }

    @Test
    void collapsingTheBottomDockAndAskingForATabExpandsItAgain() {
        interact(() -> window.dockExpandedProperty().set(false));
        assertTrue(lookup(".insight-tabs").queryAs(TabPane.class).getHeight() < 40, "only the tabs show");
        shortcut(KeyCode.DIGIT3);
        assertTrue(window.dockExpandedProperty().get());
        TabPane tabs = lookup(".insight-tabs").queryAs(TabPane.class);
        assertEquals(InsightTabs.SYNC, tabs.getSelectionModel().getSelectedIndex());
        assertNotNull(lookup(".sync-propagation").tryQuery().orElse(null));
    }
}
