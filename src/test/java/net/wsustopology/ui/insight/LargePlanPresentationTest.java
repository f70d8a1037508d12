package net.wsustopology.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.diagram.DetailLevel;
import net.wsustopology.document.Document;
import net.wsustopology.insight.Slide;
import net.wsustopology.model.Server;
import net.wsustopology.ui.canvas.CanvasDrawing;
import net.wsustopology.ui.common.Stylesheets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 28: presenting 3,003 servers (3 roots x 10 hubs x 99 branches) on a projector starts at
 * the summary level of the whole plan, and the arrow keys step through the hubs, whose 99
 * branches are spread over as many slides as they need to read as cards (a 1366 x 768 screen
 * holds about 33 of them).
 */
@ExtendWith(ApplicationExtension.class)
class LargePlanPresentationTest {
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1366, 768);
    private PresentationStage stage;

    @Start
    void start(Stage primary) { }

    @AfterEach
    void closeIt(FxRobot robot) {
        if (stage != null) robot.interact(stage::close);
    }

    @Test
    void theTalkStartsAtTheSummaryAndTheArrowKeysStepThroughReadableHubs(FxRobot robot) {
        Document plan = new Document(PlanGenerator.hubs(3, 10, 99, 1), null);
        robot.interact(() -> {
            stage = new PresentationStage(plan, new CanvasDrawing(), Stylesheets.stylesheets(false), PROJECTOR);
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Slide.Kind.PLAN, stage.deck().get(0).kind());
        assertTrue(stage.canvas().zoom() < DetailLevel.CARDS_READABLE, "the whole plan cannot show cards: zoom " + stage.canvas().zoom());
        assertEquals(30, shown(robot, ".presentation-diagram .summary-group").size(), "a group card for every hub's branches");
        assertEquals(0, shown(robot, ".presentation-diagram .server-node").size(), "no card below the group level");
        assertReadable("the whole plan");

        Map<Server, Set<Server>> shownOfHub = new LinkedHashMap<>();
        // the first root's slides: its subtree, then its ten hubs' parts
        for (int i = 1; i < stage.deck().size() && stage.deck().get(i).isDiagram() && !secondRoot(stage.deck().get(i)); i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(i, stage.current());
            Slide slide = stage.deck().get(i);
            assertReadable(stage.heading());
            if (slide.kind() != Slide.Kind.HUB) continue;
            shownOfHub.computeIfAbsent(slide.focus(), h -> new HashSet<>()).addAll(slide.drawn());
            assertTrue(stage.canvas().zoom() >= DetailLevel.CARDS_READABLE - 1e-9, stage.heading() + " at zoom " + stage.canvas().zoom());
            assertEquals(0, shown(robot, ".presentation-diagram .summary-group").size(), stage.heading() + " folds its branches");
            assertEquals(slide.drawn().size(), shown(robot, ".presentation-diagram .server-node").size(),
                    "the root, the hub and its 99 branches as cards on " + stage.heading());
        }
        assertEquals(10, shownOfHub.size(), "every hub has its slides");
        for (Map.Entry<Server, Set<Server>> e : shownOfHub.entrySet()) {
            assertTrue(e.getValue().containsAll(plan.topology().subtree(e.getKey())), e.getKey().label() + "'s branches are all shown");
        }
    }

    private static boolean secondRoot(Slide slide) { return slide.kind() == Slide.Kind.ROOT && slide.title().startsWith("Root 2 "); }

    /** Every text on the slide's diagram reads at 8 px or more. */
    private void assertReadable(String slide) {
        List<String> small = new ArrayList<>();
        collectSmall(stage.canvas().node(), small);
        assertTrue(small.isEmpty(), "below 8 px on " + slide + ": " + small.stream().limit(5).toList());
    }

    private static void collectSmall(Node node, List<String> small) {
        if (!node.isVisible()) return;
        if (node instanceof Text t && !t.getText().isEmpty()) {
            double px = t.getFont().getSize() * t.getLocalToSceneTransform().getMxx();
            if (px < DetailLevel.MIN_TEXT - 1e-6) small.add(t.getText() + " at " + px + " px");
        }
        if (node instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) collectSmall(c, small);
    }

    /** The nodes matching {@code query} that are visible with every parent. */
    private static List<Node> shown(FxRobot robot, String query) {
        List<Node> all = new ArrayList<>();
        for (Node n : robot.lookup(query).queryAll()) {
            boolean visible = n.getScene() != null;
            for (Node at = n; visible && at != null; at = at.getParent()) visible = at.isVisible();
            if (visible) all.add(n);
        }
        return all;
    }
}
