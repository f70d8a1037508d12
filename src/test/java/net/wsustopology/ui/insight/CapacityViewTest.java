package net.wsustopology.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import net.wsustopology.document.Document;
import net.wsustopology.insight.Plans;
import net.wsustopology.model.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CapacityViewTest {
    private Document document;
    private Server big;
    private Server small;
    private CapacityView view;

    @Start
    void start(Stage stage) {
        Plans plans = new Plans();
        big = plans.root("big", "en");
        for (int i = 0; i < 1001; i++) plans.downstream("b" + i, big, "en");
        small = plans.root("small", "en");
        plans.downstream("s0", small, "en");
        document = new Document(plans.topology(), null);
        view = new CapacityView(document, s -> { });
        FxFixtures.show(stage, view, 1000, 600);
    }

    private List<ProgressBar> showingBars(FxRobot robot, String levelClass) {
        List<ProgressBar> bars = new ArrayList<>();
        for (var node : robot.lookup("." + levelClass).queryAll()) {
            if (node instanceof ProgressBar bar && FxFixtures.isShowing(bar)) bars.add(bar);
        }
        return bars;
    }

    @Test
    void aRootWithMoreDownstreamsThanTheLimitGetsARedBarThatFollowsUndo(FxRobot robot) {
        List<ProgressBar> red = showingBars(robot, "fanout-over");
        assertEquals(1, red.size());
        assertEquals(1.0, red.get(0).getProgress());
        assertEquals(1, showingBars(robot, "fanout-ok").size(), "the small root's bar");
        assertEquals(1004, view.capacity().byTier().values().stream().mapToInt(c -> c.servers()).sum());

        robot.interact(() -> document.execute(document.edits().delete(List.of(document.topology().server("b0")))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(showingBars(robot, "fanout-over").isEmpty());
        assertEquals(1, showingBars(robot, "fanout-near").size(), "1000 of 1000 is amber");

        robot.interact(() -> document.commands().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, showingBars(robot, "fanout-over").size());
    }
}
