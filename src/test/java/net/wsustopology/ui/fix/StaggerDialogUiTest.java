package net.wsustopology.ui.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import net.wsustopology.document.Document;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.PlanBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Stagger Schedules on a plan with thirty crowded hubs: the dialog fits the screen and previews the findings. */
@ExtendWith(ApplicationExtension.class)
class StaggerDialogUiTest {
    private Stage stage;
    private Document document;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        PlanBuilder plan = new PlanBuilder().root("hq").with(s -> s.setSync(new SyncSchedule(true, "00:00", 1)));
        for (int h = 1; h <= 30; h++) {
            plan.downstream("hub" + h, "hq").with(s -> s.setSync(new SyncSchedule(true, "01:00", 1)));
            for (int b = 1; b <= 20; b++) plan.downstream("hub" + h + "-b" + b, "hub" + h).with(s -> s.setSync(new SyncSchedule(true, "02:00", 24)));
        }
        Topology t = plan.build();
        document = new Document(t, null);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void thirtyGroupsThatCannotKeepEveryRuleScrollInAListAndTheDialogFitsTheScreen(FxRobot robot) {
        Platform.runLater(() -> new StaggerDialog(document, m -> { }, 30).show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#stagger-dialog").queryAs(DialogPane.class);
        Window dialog = pane.getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(dialog.getY() >= screen.getMinY() && dialog.getY() + dialog.getHeight() <= screen.getMaxY(),
                "dialog at y " + dialog.getY() + ", " + dialog.getHeight() + " px high on a screen of " + screen.getHeight());
        ListView<?> problems = robot.lookup("#stagger-problems").queryAs(ListView.class);
        assertEquals(30, problems.getItems().size());
        Label findings = robot.lookup("#stagger-findings").queryAs(Label.class);
        assertTrue(findings.getText().matches("SCH-02 and SCH-03 findings: \\d+ now, \\d+ after\\."), findings.getText());
        Node apply = pane.lookupButton(pane.getButtonTypes().stream().filter(b -> b.getText().equals("Apply")).findFirst().orElseThrow());
        assertTrue(apply.localToScreen(apply.getBoundsInLocal()).getMaxY() <= screen.getMaxY(), "Apply is below the screen");
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
    }
}
