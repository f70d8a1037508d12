package net.wsustopology.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.stage.Stage;
import net.wsustopology.command.SetValueCommand;
import net.wsustopology.document.Document;
import net.wsustopology.insight.Plans;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.SyncSchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SyncPropagationViewTest {
    private Document document;
    private Server hq;
    private Server fast;
    private Server slow;
    private SyncPropagationView view;
    private final FxFixtures.Reveals reveals = new FxFixtures.Reveals();

    @Start
    void start(Stage stage) {
        Plans plans = new Plans();
        hq = plans.root("hq", "en");
        Plans.daily(hq, "00:00", 4);
        fast = plans.downstream("fast", hq, "en");
        Plans.daily(fast, "00:00", 24);
        slow = plans.downstream("slow", hq, "en");
        Plans.daily(slow, "00:00", 1);
        document = new Document(plans.topology(), null);
        view = new SyncPropagationView(document, reveals);
        FxFixtures.show(stage, view, 900, 300);
    }

    @Test
    void listsTheSlowestServerFirstAndFollowsEdits(FxRobot robot) {
        assertEquals(List.of(slow, fast, hq), view.table().getItems());
        assertEquals(1.0, view.heat().get("slow"));

        robot.interact(() -> document.execute(SetValueCommand.of(fast, ServerSettings.SYNC, SyncSchedule.MANUAL, "Set sync")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fast, view.table().getItems().get(0), "manual sync is unbounded, so slowest");
        // release just after 18:00: hq syncs at 00:00-00:30, slow just missed its 00:00 and waits a day
        assertEquals("slowest automatic: slow.corp.example.com, 1 d 6 h 30 min; 1 server has no bound", view.summary());

        robot.clickOn("slow.corp.example.com");
        assertEquals(slow, document.selection().single());
        assertEquals(List.of(slow), reveals.revealed);
    }
}
