package net.wsustopology.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
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
class PresentationStageTest {
    private Document document;
    private Server hq;
    private Server ber;
    private Server second;

    @Start
    void start(Stage stage) {
        Plans plans = new Plans();
        plans.topology().setName("Contoso");
        hq = plans.root("hq", "en");
        ber = plans.downstream("ber", hq, "en", "de");
        second = plans.root("second", "en");
        document = new Document(plans.topology(), null);
    }

    @Test
    void opensFullScreenAndStepsThroughTheRootsWithTheKeyboard(FxRobot robot) {
        PresentationStage[] holder = new PresentationStage[1];
        robot.interact(() -> {
            holder[0] = new PresentationStage(document);
            holder[0].present();
        });
        PresentationStage stage = holder[0];
        assertTrue(stage.isShowing());
        assertTrue(stage.isFullScreen());
        assertEquals(PresentationStage.WHOLE_PLAN, stage.current());
        assertTrue(stage.heading().startsWith("Whole plan: Contoso"), stage.heading());
        assertTrue(robot.lookup(".diagram-node.severity-error").tryQuery().isPresent(), "ber's LNG-01 outlines it");

        robot.type(KeyCode.RIGHT);
        assertEquals(0, stage.current());
        assertTrue(stage.heading().startsWith("Root 1 of 2: hq.corp.example.com"), stage.heading());
        assertFalse(stage.diagram().isDimmed(ber));
        assertTrue(stage.diagram().isDimmed(second));

        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(1, stage.current());
        assertTrue(stage.diagram().isDimmed(hq));

        robot.type(KeyCode.LEFT);
        assertEquals(0, stage.current());
        robot.type(KeyCode.HOME);
        assertEquals(PresentationStage.WHOLE_PLAN, stage.current());
        assertFalse(stage.diagram().isDimmed(second));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
    }
}
