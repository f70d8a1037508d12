package net.wsustopology.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import net.wsustopology.document.Document;
import net.wsustopology.insight.Plans;
import net.wsustopology.layout.TreeLayout;
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
        assertTrue(robot.lookup(".server-node.severity-error").tryQuery().isPresent(), "ber's LNG-01 outlines its card");
        assertEquals(3, cards(robot).size());

        robot.type(KeyCode.RIGHT);
        assertEquals(0, stage.current());
        assertTrue(stage.heading().startsWith("Root 1 of 2: hq.corp.example.com"), stage.heading());
        assertEquals(List.of("hq", "ber"), shownIds(stage), "only the root's subtree");

        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(1, stage.current());
        assertEquals(List.of("second"), shownIds(stage));

        robot.type(KeyCode.LEFT);
        assertEquals(0, stage.current());
        robot.type(KeyCode.HOME);
        assertEquals(PresentationStage.WHOLE_PLAN, stage.current());
        assertEquals(List.of("hq", "ber", "second"), shownIds(stage));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
    }

    /** Defect 13.16: a root with one server was drawn over the faded, overlapping cards of the rest of the plan. */
    @Test
    void aRootWithOneServerIsShownAloneWholeAndCentred(FxRobot robot) {
        PresentationStage[] holder = new PresentationStage[1];
        robot.interact(() -> {
            holder[0] = new PresentationStage(document);
            holder[0].present();
        });
        PresentationStage stage = holder[0];
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, stage.current());
        List<Node> cards = cards(robot);
        assertEquals(1, cards.size(), "no other card is drawn, faded or not");
        Node card = cards.get(0);
        assertEquals(1.0, card.getOpacity());
        Bounds shown = card.localToScreen(card.getBoundsInLocal());
        Bounds area = stage.canvas().localToScreen(stage.canvas().getBoundsInLocal());
        assertTrue(area.contains(shown), shown + " lies inside " + area);
        assertTrue(shown.getWidth() > TreeLayout.NODE_WIDTH, "a lone card is shown larger than at 100 %: " + shown);
        double centreX = (shown.getMinX() + shown.getMaxX()) / 2;
        double areaCentreX = (area.getMinX() + area.getMaxX()) / 2;
        assertTrue(Math.abs(centreX - areaCentreX) < 2, "centred: " + shown + " in " + area);
        robot.interact(stage::close);
    }

    /** The cards of the diagram (the legend beside it has card swatches too). */
    private static List<Node> cards(FxRobot robot) {
        return robot.lookup(".presentation-diagram .server-node").queryAll().stream().filter(PresentationStageTest::shown).collect(Collectors.toList());
    }

    /** Visible with every parent (the hidden legend's swatches are cards too). */
    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) if (!at.isVisible()) return false;
        return true;
    }

    private static List<String> shownIds(PresentationStage stage) {
        return stage.shown().servers().stream().map(Server::id).toList();
    }
}
