package net.wsustopology.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import net.wsustopology.ui.common.SyncDuration;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.document.Document;
import net.wsustopology.insight.Plans;
import net.wsustopology.insight.Slide;
import net.wsustopology.layout.TreeLayout;
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

@ExtendWith(ApplicationExtension.class)
class PresentationStageTest {
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1366, 768);
    private Document document;
    private Server hq;
    private PresentationStage stage;

    @Start
    void start(Stage primary) {
        Plans plans = new Plans();
        plans.topology().setName("Contoso");
        hq = plans.root("hq", "en");
        plans.downstream("ber", hq, "en", "de");
        plans.root("second", "en");
        document = new Document(plans.topology(), null);
    }

    @AfterEach
    void closeIt(FxRobot robot) {
        if (stage != null) robot.interact(stage::close);
    }

    private PresentationStage present(FxRobot robot, Document plan) {
        robot.interact(() -> {
            stage = new PresentationStage(plan, new CanvasDrawing());
            stage.present();
        });
        return stage;
    }

    /** Shown at a projector's 1366×768 in a window of that size (the test screen is larger). */
    private PresentationStage onProjector(FxRobot robot, Document plan) {
        robot.interact(() -> {
            stage = new PresentationStage(plan, new CanvasDrawing(), Stylesheets.stylesheets(false), PROJECTOR);
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        return stage;
    }

    @Test
    void opensFullScreenAndStepsThroughTheRootsThenTheInsightSlides(FxRobot robot) {
        present(robot, document);
        assertTrue(stage.isShowing());
        assertTrue(stage.isFullScreen());
        assertEquals(0, stage.current());
        assertTrue(stage.heading().startsWith("Whole plan: Contoso"), stage.heading());
        assertEquals("1 / 7", stage.slideNumber());
        assertTrue(robot.lookup(".server-node.severity-error").tryQuery().isPresent(), "ber's LNG-01 outlines its card");
        assertEquals(3, cards(robot).size());

        robot.type(KeyCode.RIGHT);
        assertTrue(stage.heading().startsWith("Root 1 of 2: hq.corp.example.com"), stage.heading());
        assertEquals(List.of("hq", "ber"), shownIds(stage), "only the root's subtree");
        assertTrue(robot.lookup(".server-node.severity-error").tryQuery().isPresent(), "the plan's findings");

        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(List.of("second"), shownIds(stage));
        assertEquals("3 / 7", stage.slideNumber());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(Slide.Kind.FINDINGS, stage.deck().get(stage.current()).kind());
        assertTrue(robot.lookup(".findings-slide-words").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("A language is selected that the upstream does not download")));
        assertTrue(robot.lookup(".findings-slide-servers").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("1 server · error · LNG-01: ber.corp.example.com")));
        robot.type(KeyCode.PAGE_DOWN);
        assertNotNull(robot.lookup(".language-grid").tryQuery().orElse(null), "language coverage is a slide");
        robot.type(KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN);
        assertEquals(Slide.Kind.CAPACITY, stage.deck().get(stage.current()).kind());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
    }

    @Test
    void theKeysOfAPresenterRemoteAndPowerPoint(FxRobot robot) {
        present(robot, document);
        for (KeyCode next : List.of(KeyCode.SPACE, KeyCode.DOWN, KeyCode.ENTER, KeyCode.N, KeyCode.PAGE_DOWN, KeyCode.RIGHT)) {
            int before = stage.current();
            robot.type(next);
            assertEquals(before + 1, stage.current(), next + " advances");
        }
        assertEquals(6, stage.current(), "the last slide");
        robot.type(KeyCode.RIGHT, KeyCode.SPACE);
        assertEquals(6, stage.current(), "no wrap after the last slide");
        for (KeyCode back : List.of(KeyCode.LEFT, KeyCode.UP, KeyCode.PAGE_UP, KeyCode.P, KeyCode.BACK_SPACE)) {
            int before = stage.current();
            robot.type(back);
            assertEquals(before - 1, stage.current(), back + " goes back");
        }
        robot.type(KeyCode.END);
        assertEquals(6, stage.current());
        robot.type(KeyCode.HOME);
        assertEquals(0, stage.current());
        robot.type(KeyCode.LEFT);
        assertEquals(0, stage.current(), "no wrap before the first slide");

        robot.type(KeyCode.B);
        assertTrue(stage.isCovered());
        assertTrue(robot.lookup(".presentation-cover.black").tryQuery().isPresent());
        robot.type(KeyCode.RIGHT);
        assertFalse(stage.isCovered(), "any key brings the slide back");
        assertEquals(0, stage.current(), "without moving on");
        robot.type(KeyCode.PERIOD);
        assertTrue(stage.isCovered());
        robot.type(KeyCode.W);
        assertTrue(robot.lookup(".presentation-cover.white").tryQuery().isPresent(), "W turns black to white");
        robot.type(KeyCode.W);
        assertFalse(stage.isCovered());

        robot.clickOn(stage.canvas().node(), MouseButton.PRIMARY);
        assertEquals(1, stage.current(), "a click on the slide advances");

        assertTrue(stage.isPanelShown());
        robot.type(KeyCode.L);
        assertFalse(stage.isPanelShown());
        assertFalse(robot.lookup("#presentation-panel").query().isManaged(), "the slide takes its room");
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        assertTrue(stage.isPanelShown());
    }

    @Test
    void thePresenterZoomsInAndEscapeGoesBackOutBeforeItCloses(FxRobot robot) {
        present(robot, document);
        double fitted = stage.canvas().zoom();
        robot.moveTo(stage.canvas().node());
        robot.scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fitted, stage.canvas().zoom());
        assertFalse(stage.canvas().isZoomedIn(), "the wheel neither zooms nor scrolls a fitted slide");

        robot.type(KeyCode.EQUALS);
        assertTrue(stage.canvas().zoom() > fitted);
        robot.type(KeyCode.MINUS, KeyCode.MINUS);
        assertTrue(stage.canvas().zoom() < fitted);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "Escape first leaves the zoom");
        assertEquals(fitted, stage.canvas().zoom(), 1e-9);

        robot.press(KeyCode.CONTROL).scroll(2, VerticalDirection.UP).release(KeyCode.CONTROL);
        assertTrue(stage.isShowing());
        assertTrue(stage.canvas().zoom() != fitted, "Ctrl+wheel zooms");
        robot.type(KeyCode.ESCAPE);

        Node hqCard = cards(robot).stream().filter(n -> "hq".equals(((Text) n.lookup(".card-host")).getText())).findFirst().orElseThrow();
        robot.doubleClickOn(hqCard, MouseButton.PRIMARY);
        assertTrue(stage.canvas().isZoomedIn());
        assertTrue(stage.canvas().zoom() > fitted, "hq's subtree is smaller than the plan");
        assertEquals(0, stage.current(), "a double-click on a card does not advance");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing());
        assertFalse(stage.canvas().isZoomedIn());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
    }

    @Test
    void theTalkStartsAtTheSelectedServersSlide(FxRobot robot) {
        robot.interact(() -> document.selection().select(document.topology().server("second")));
        present(robot, document);
        assertEquals(2, stage.current());
        assertEquals(List.of("second"), shownIds(stage));
    }

    /** Issue 26: at 1366×768 the 155-server plan showed empty boxes; every region's names must be readable. */
    @Test
    void everyRegionOfASingleRootPlanShowsEveryHostNameAtTenPixelsOrMoreOnAProjector(FxRobot robot) {
        Document big = new Document(PlanGenerator.regional(155, 12, 7), null);
        onProjector(robot, big);
        assertEquals(1 + 12 + 4, stage.deck().size());
        for (int i = 1; i <= 12; i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Slide.Kind.HUB, stage.deck().get(stage.current()).kind());
            List<Node> cards = cards(robot);
            assertEquals(stage.deck().get(i).drawn().size(), cards.size(), stage.heading());
            for (Node card : cards) {
                Text host = (Text) card.lookup(".card-host");
                assertNotNull(host, "a host name is drawn");
                assertTrue(host.isVisible(), "a host name is drawn");
                double scale = card.localToScreen(card.getLayoutBounds()).getHeight() / TreeLayout.NODE_HEIGHT;
                double px = host.getFont().getSize() * scale;
                assertTrue(px >= 10, host.getText() + " is " + px + " px on " + stage.heading());
            }
        }
    }

    /**
     * Issue 28: on a 3,003-server plan the talk starts at the summary level (each hub named, its
     * 99 branches one group card) and steps into roots and hubs with the arrow keys; every text
     * drawn on the slide's diagram is 8 px or more on the projector.
     */
    @Test
    void aPlanOfThousandsStartsAtTheSummaryAndStepsIntoHubsWithEveryTextReadable(FxRobot robot) {
        Document big = new Document(PlanGenerator.hubs(3, 10, 99, 42), null);
        onProjector(robot, big);
        assertEquals(3 + 30, robot.lookup(".summary-title").queryAll().size(), "every root and hub is named");
        assertEquals(30, robot.lookup(".summary-group").queryAll().size(), "every hub's branches are one group card");
        assertSmallestText(robot, 8);
        for (int i = 1; i <= 4; i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            assertSmallestText(robot, 8);
        }
        assertEquals(Slide.Kind.HUB, stage.deck().get(stage.current()).kind());
    }

    private void assertSmallestText(FxRobot robot, double px) {
        Node diagram = robot.lookup(".canvas-world").query();
        double[] smallest = {Double.MAX_VALUE};
        String[] which = {""};
        robot.interact(() -> smallestText(diagram, smallest, which));
        assertTrue(smallest[0] >= px - 1e-6, "\"" + which[0] + "\" is " + smallest[0] + " px on " + stage.heading());
    }

    private static void smallestText(Node node, double[] smallest, String[] which) {
        if (!node.isVisible()) return;
        if (node instanceof Text t && !t.getText().isEmpty()) {
            double size = t.getFont().getSize() * t.getLocalToSceneTransform().getMxx();
            if (size < smallest[0]) {
                smallest[0] = size;
                which[0] = t.getText();
            }
        }
        if (node instanceof javafx.scene.Parent p) for (Node c : p.getChildrenUnmodifiable()) smallestText(c, smallest, which);
    }

    /** Defect 13.16: a root with one server was drawn over the faded, overlapping cards of the rest of the plan. */
    @Test
    void aRootWithOneServerIsShownAloneWholeAndCentred(FxRobot robot) {
        present(robot, document);
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, stage.current());
        List<Node> cards = cards(robot);
        assertEquals(1, cards.size(), "no other card is drawn, faded or not");
        Node card = cards.get(0);
        assertEquals(1.0, card.getOpacity());
        Bounds shown = card.localToScreen(card.getBoundsInLocal());
        Bounds area = stage.canvas().node().localToScreen(stage.canvas().node().getBoundsInLocal());
        assertTrue(area.contains(shown), shown + " lies inside " + area);
        assertTrue(shown.getWidth() > TreeLayout.NODE_WIDTH, "a lone card is shown larger than at 100 %: " + shown);
        double centreX = (shown.getMinX() + shown.getMaxX()) / 2;
        double areaCentreX = (area.getMinX() + area.getMaxX()) / 2;
        // the picture is centred with the finding's mark that sticks out of the card's top-left corner (SCH-04 on a manual server)
        assertTrue(Math.abs(centreX - areaCentreX) < 8, "centred: " + shown + " in " + area);
    }

    @Test
    void theSyncSlideUsesTheEditorsAssumedSyncDuration(FxRobot robot) {
        SyncDuration duration = new SyncDuration();
        duration.setMinutes(75);
        present(robot, document);
        robot.interact(() -> stage.useSyncDuration(duration));
        robot.type(KeyCode.END, KeyCode.LEFT);
        assertEquals(Slide.Kind.SYNC, stage.deck().get(stage.current()).kind());
        SyncPropagationView view = robot.lookup(n -> n instanceof SyncPropagationView).queryAs(SyncPropagationView.class);
        assertEquals(75, view.propagation().durationMinutes());
    }

    @Test
    void theTextFollowsTheScreenSize() {
        assertEquals("screen-small", PresentationStage.screenSizeClass(768));
        assertEquals("screen-medium", PresentationStage.screenSizeClass(1080));
        assertEquals("screen-large", PresentationStage.screenSizeClass(1440));
    }

    /** The cards of the diagram (the legend beside it has card swatches too). */
    private static List<Node> cards(FxRobot robot) {
        return robot.lookup(".presentation-diagram .server-node").queryAll().stream().filter(PresentationStageTest::shown).collect(Collectors.toList());
    }

    /** Visible with every parent (the hidden legend's swatches are cards too). */
    private static boolean shown(Node n) {
        if (n.getScene() == null) return false;
        for (Node at = n; at != null; at = at.getParent()) if (!at.isVisible()) return false;
        return true;
    }

    private static List<String> shownIds(PresentationStage stage) {
        return stage.shown().servers().stream().map(Server::id).toList();
    }
}
