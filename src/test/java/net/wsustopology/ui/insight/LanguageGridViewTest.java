package net.wsustopology.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import net.wsustopology.document.Document;
import net.wsustopology.insight.CellState;
import net.wsustopology.insight.Plans;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LanguageGridViewTest {
    private Document document;
    private Server hq;
    private Server ber;
    private LanguageGridView view;
    private final FxFixtures.Reveals reveals = new FxFixtures.Reveals();

    @Start
    void start(Stage stage) {
        Plans plans = new Plans();
        hq = plans.root("hq", "en");
        ber = plans.downstream("ber", hq, "en", "de");
        document = new Document(plans.topology(), null);
        view = new LanguageGridView(document, reveals);
        FxFixtures.show(stage, view, 900, 400);
    }

    private boolean hasLng01() {
        return document.findings().of(ber.id()).stream().anyMatch(f -> f.ruleId().equals("LNG-01"));
    }

    private List<LanguageCell> cells(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAll().stream()
                .filter(n -> n instanceof LanguageCell && FxFixtures.isShowing(n)).map(LanguageCell.class::cast).toList();
    }

    @Test
    void theMissingCellTogglesAwayTheFindingAndUndoBringsItBack(FxRobot robot) {
        assertTrue(hasLng01());
        assertEquals(List.of("de", "en"), view.columns());
        List<LanguageCell> missing = cells(robot, "state-missing");
        assertEquals(1, missing.size());
        assertEquals(ber, missing.get(0).getItem());

        robot.clickOn((Node) missing.get(0).getGraphic());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(hasLng01());
        assertFalse(ber.getLanguages().includes("de"));
        assertEquals("Toggle German on ber.corp.example.com", document.commands().undoLabel());
        assertTrue(cells(robot, "state-missing").isEmpty());
        assertEquals(List.of("de", "en"), view.columns(), "the toggled column stays");

        robot.interact(() -> document.commands().undo());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(hasLng01());
        assertEquals(1, cells(robot, "state-missing").size());
    }

    @Test
    void clickingARowRevealsTheServerAndSpaceTogglesTheFocusedCell(FxRobot robot) {
        Node hqName = robot.lookup(".tree-name-cell").queryAllAs(TreeNameCell.class).stream()
                .filter(c -> c.getItem() == hq && FxFixtures.isShowing(c)).findFirst().orElseThrow();
        robot.clickOn(hqName);
        assertEquals(hq, document.selection().single());
        assertEquals(List.of(hq), reveals.revealed);

        robot.type(KeyCode.RIGHT); // from the name to the first language column, "de"
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(hq.getLanguages().includes("de"));
        assertFalse(hasLng01());
        LanguageCell hqGerman = robot.lookup(".coverage-cell").queryAllAs(LanguageCell.class).stream()
                .filter(c -> FxFixtures.isShowing(c) && c.getItem() == hq && "de".equals(c.getTableColumn().getUserData()))
                .findFirst().orElseThrow();
        assertEquals(CellState.SELECTED, hqGerman.state());
    }

    @Test
    void aSelectionMadeElsewhereMovesTheRowWithoutRevealingAgain(FxRobot robot) {
        robot.interact(() -> document.selection().select(ber));
        assertEquals(ber, view.table().getSelectionModel().getSelectedItem());
        assertEquals(List.of(), reveals.revealed);
    }

    @Test
    void anAddedColumnOffersALanguageNoServerUsesYet(FxRobot robot) {
        assertTrue(view.addColumnChoice().getItems().contains("ja"));
        robot.interact(() -> view.addColumnChoice().getSelectionModel().select("ja"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("de", "en", "ja"), view.columns());
        assertFalse(view.addColumnChoice().getItems().contains("ja"));
        assertEquals(2, cells(robot, "state-none").stream()
                .filter(c -> "ja".equals(c.getTableColumn().getUserData())).count());
    }

    @Test
    void aLongServerNameDeepInTheTreeIsShownWhole(FxRobot robot) {
        Server deep = document.topology().server("ber");
        robot.interact(() -> document.execute(document.edits().set(List.of(deep), ServerSettings.NAME,
                "wsus-branch-office-mexico-city.na.corp.contoso.com")));
        robot.interact(view::refresh);
        WaitForAsyncUtils.waitForFxEvents();
        TreeNameCell<?> cell = robot.lookup(".tree-name-cell").queryAll().stream()
                .filter(n -> n instanceof TreeNameCell<?> c && deep.equals(c.getItem())).map(n -> (TreeNameCell<?>) n)
                .findFirst().orElseThrow();
        Text shown = (Text) cell.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text).findFirst().orElseThrow();
        assertEquals(deep.getName(), shown.getText(), "not cut with ...");
    }
}
