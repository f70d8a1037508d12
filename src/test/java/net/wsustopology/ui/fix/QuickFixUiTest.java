package net.wsustopology.ui.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import net.wsustopology.command.SetValueCommand;
import net.wsustopology.document.Document;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.inspector.InspectorPane;
import net.wsustopology.ui.inspector.TestPlans;
import net.wsustopology.ui.issues.IssuesPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import javafx.scene.control.Label;
import net.wsustopology.ui.issues.IssueRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class QuickFixUiTest {
    private Document document;
    private Stage stage;
    private InspectorPane inspector;
    private final List<String> messages = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        document = TestPlans.regional();
        IssuesPane issues = new IssuesPane(document, s -> { });
        inspector = new InspectorPane(document);
        QuickFixer fixer = new QuickFixer(document, messages::add, inspector::focusField, () -> stage, () -> 30);
        issues.useFixes(f -> fixer.menuItems(List.of(f), true), fixer::whyNoFix);
        inspector.useFixes(f -> fixer.menuItems(List.of(f), false), fixer::whyNoFix);
        HBox.setHgrow(issues, Priority.ALWAYS);
        Scene scene = new Scene(new HBox(inspector, issues), 1300, 800);
        TestPlans.style(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private boolean hasFinding(String rule, String serverId) {
        return document.findings().of(serverId).stream().anyMatch(f -> f.ruleId().equals(rule));
    }

    @Test
    void aQuickFixFromTheIssuesListClearsTheLanguageMismatchAndUndoBringsItBack(FxRobot robot) {
        assertTrue(hasFinding("LNG-01", "wsus-par"));
        Node row = robot.lookup("#issues-table .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() != null && robot.from(r).lookup(".fix-button").tryQuery().isPresent()).query();
        robot.clickOn(robot.from(row).lookup(".fix-button").queryAs(Node.class));
        robot.clickOn("Add fr to wsus-hq");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(hasFinding("LNG-01", "wsus-par"));
        assertTrue(document.topology().server("wsus-hq").getLanguages().includes("fr"));
        assertEquals("Add fr to wsus-hq", document.commands().undoLabel());
        assertEquals(List.of("Add fr to wsus-hq"), messages);

        robot.interact(() -> document.commands().undo());
        assertTrue(hasFinding("LNG-01", "wsus-par"));
        assertFalse(document.topology().server("wsus-hq").getLanguages().includes("fr"));
    }

    @Test
    void theInspectorsFixMenuOffersTheFixesOfTheSelectedServer(FxRobot robot) {
        robot.interact(() -> document.selection().select(document.topology().server("wsus-par")));
        robot.clickOn(robot.lookup("#inspector-findings .fix-button").queryAs(Node.class));
        robot.clickOn("Remove fr from wsus-par");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(hasFinding("LNG-01", "wsus-par"));
        assertFalse(document.topology().server("wsus-par").getLanguages().includes("fr"));
    }

    @Test
    void aFixThatNeedsAChoiceOpensTheUpstreamField(FxRobot robot) {
        Server par = document.topology().server("wsus-par");
        robot.interact(() -> document.execute(SetValueCommand.of(par, ServerSettings.UPSTREAM_ID, "gone", "")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(hasFinding("TOP-02", "wsus-par"));
        robot.interact(() -> document.selection().select(par));
        robot.clickOn(robot.lookup("#inspector-findings .fix-button").queryAs(Node.class));
        robot.clickOn("Choose an upstream for wsus-par…");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> upstream = robot.lookup("#upstream").queryAs(ComboBox.class);
        assertTrue(upstream.isFocused() || upstream.getEditor() != null && upstream.getEditor().isFocused(), "the upstream field has the focus");
    }

    @Test
    void staggerSchedulesOnTheThreeRegionSampleWithEveryStartAt0200(FxRobot robot) throws Exception {
        Topology t = TopologyFiles.load(Path.of("sample-topologies/three-region-enterprise.wsus.json"));
        for (Server s : t.servers()) s.setSync(new SyncSchedule(true, "02:00", s.getSync().perDay()));
        Document plan = new Document(t, null);
        assertTrue(plan.findings().all(t).stream().anyMatch(f -> f.ruleId().equals("SCH-02")));

        Platform.runLater(() -> new StaggerDialog(plan, messages::add, 30).show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#stagger-summary").queryLabeled().getText().contains("get a new first-sync time"));
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(plan.findings().all(t).stream().noneMatch(f -> f.ruleId().startsWith("SCH")), plan.findings().all(t).toString());
        assertTrue(plan.commands().undoLabel().startsWith("Stagger schedules of "));
        robot.interact(() -> plan.commands().undo());
        assertTrue(t.servers().stream().allMatch(s -> s.getSync().firstSyncUtc().equals("02:00")));
    }
    @Test
    void aFindingWithoutAFixSaysWhyInTheIssuesListAndTheInspector(FxRobot robot) {
        robot.interact(() -> {
            document.topology().server("wsus-par").setName("wsus-zürich.corp.example.com");
            document.validator().flush();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup("#issues-table .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof IssueRow i && i.finding().ruleId().equals("NET-02")).query();
        Label none = robot.from(row).lookup(".no-fix").queryAs(Label.class);
        assertEquals("No fix", none.getText());
        assertTrue(none.getTooltip().getText().contains("only you know the server's real host name"), none.getTooltip().getText());

        robot.interact(() -> document.selection().select(document.topology().server("wsus-par")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".no-fix-reason").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("only you know the server's real host name")));
    }
}
