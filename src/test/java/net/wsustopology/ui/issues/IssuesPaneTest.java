package net.wsustopology.ui.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.model.Shown;
import net.wsustopology.ui.inspector.InspectorPane;
import net.wsustopology.ui.inspector.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class IssuesPaneTest {
    private Document document;
    private final List<Server> revealed = new ArrayList<>();
    private TableView<IssueRow> table;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) {
        document = TestPlans.regional();
        IssuesPane issues = new IssuesPane(document, revealed::add);
        InspectorPane inspector = new InspectorPane(document);
        HBox.setHgrow(issues, Priority.ALWAYS);
        Scene scene = new Scene(new HBox(inspector, issues), 1300, 800);
        TestPlans.style(scene, false);
        stage.setScene(scene);
        stage.show();
        table = (TableView<IssueRow>) issues.lookup("#issues-table");
    }

    private boolean listed(String ruleId, String serverId) {
        return table.getItems().stream()
                .anyMatch(r -> r.finding().ruleId().equals(ruleId) && r.finding().serverId().equals(serverId));
    }

    @Test
    void checkingALanguageTheUpstreamLacksListsAnIssueAndUndoRemovesIt(FxRobot robot) {
        Server ber = document.topology().server("wsus-ber");
        robot.interact(() -> document.selection().select(ber));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(Shown.LANGUAGES);
        assertFalse(listed("LNG-01", "wsus-ber"));

        Node french = robot.lookup("#language-codes .list-cell")
                .match((ListCell<?> c) -> "fr".equals(c.getItem())).query();
        robot.clickOn(robot.from(french).lookup(".check-box").queryAs(Node.class));
        assertTrue(ber.getLanguages().includes("fr"));
        assertTrue(listed("LNG-01", "wsus-ber"));

        robot.interact(() -> document.commands().undo());
        assertFalse(ber.getLanguages().includes("fr"));
        assertFalse(listed("LNG-01", "wsus-ber"));
        assertTrue(listed("LNG-01", "wsus-par"), "other servers' issues stay");
    }

    @Test
    void clickingAnIssueSelectsAndRevealsItsServer(FxRobot robot) {
        Server par = document.topology().server("wsus-par");
        Node row = robot.lookup("#issues-table .table-row-cell")
                .match((TableRow<IssueRow> r) -> r.getItem() != null && r.getItem().server() == par).query();
        robot.clickOn(row);
        assertEquals(List.of(par), revealed);
        assertEquals(par, document.selection().single());
    }

    @Test
    void severityAndTextFiltersNarrowTheList(FxRobot robot) {
        assertEquals(1, table.getItems().size());
        robot.clickOn("#issues-filter").write("berlin");
        assertEquals(0, table.getItems().size());
        robot.interact(() -> robot.lookup("#issues-filter").queryTextInputControl().setText("par"));
        assertEquals(1, table.getItems().size());
    }

    @Test
    void aCleanPlanSaysSo(FxRobot robot) throws Exception {
        IssuesPane clean = WaitForAsyncUtils.asyncFx(() -> new IssuesPane(TestPlans.clean(), revealed::add)).get();
        TableView<?> cleanTable = (TableView<?>) clean.lookup("#issues-table");
        assertTrue(cleanTable.getItems().isEmpty());
        assertEquals("No issues: the plan follows every rule", ((Label) cleanTable.getPlaceholder()).getText());

        robot.interact(() -> robot.lookup("#issues-filter").queryTextInputControl().setText("no such thing"));
        assertTrue(table.getItems().isEmpty());
        assertEquals("No issue matches the filter", ((Label) table.getPlaceholder()).getText());
    }
}
