package net.wsustopology.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import net.wsustopology.document.Document;
import net.wsustopology.insight.Plans;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LiveRefreshTest {
    private Document document;
    private Server hq;

    @Start
    void start(Stage stage) {
        Plans plans = new Plans();
        hq = plans.root("hq", "en");
        document = new Document(plans.topology(), null);
    }

    @Test
    void aHundredServerPasteRefreshesOnceAndADragNotAtAll(FxRobot robot) {
        AtomicInteger refreshes = new AtomicInteger();
        robot.interact(() -> new LiveRefresh(document, Set.of(Server.NAME), false, refreshes::incrementAndGet));
        List<Server> pasted = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Server s = new Server("p" + i);
            s.setName("p" + i + ".corp.example.com");
            s.setSyncFromUpstream(true);
            s.setUpstreamId(hq.id());
            pasted.add(s);
        }

        robot.interact(() -> document.execute(document.edits().addAll(pasted)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, refreshes.get());

        robot.interact(() -> document.execute(document.edits().move(Map.of(hq, new Position(10, 10)))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, refreshes.get(), "a setting the view does not show triggers nothing");
    }
}
