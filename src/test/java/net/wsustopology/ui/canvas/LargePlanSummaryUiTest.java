package net.wsustopology.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.command.SetValueCommand;
import net.wsustopology.diagram.Box;
import net.wsustopology.diagram.DetailLevel;
import net.wsustopology.document.Document;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.DemoPlans;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Issue 28 on the canvas: a plan of thousands of servers fitted into a 1600 x 900 canvas draws
 * every hub and every group readably; groups open and fold in place, and selection, search,
 * validation colours and undo behave inside groups as outside.
 */
class LargePlanSummaryUiTest extends ApplicationTest {
    private Stage stage;

    @Override public void start(Stage stage) { this.stage = stage; }

    private TopologyCanvas open(Topology t) { return open(t, 1600, 900); }

    private TopologyCanvas open(Topology t, double width, double height) {
        TopologyCanvas[] canvas = new TopologyCanvas[1];
        interact(() -> {
            canvas[0] = new TopologyCanvas(DemoPlans.document(t));
            stage.setScene(new Scene(canvas[0], width, height));
            stage.show();
        });
        interact(() -> canvas[0].zoomToFit());
        return canvas[0];
    }

    /** Every text drawn in the canvas's diagram with its size on the screen (font size times the scale down to it). */
    private static void drawnTexts(Node node, List<double[]> sizes, List<String> what) {
        if (!node.isVisible()) return;
        if (node instanceof Text t && !t.getText().isEmpty()) {
            double scale = t.getLocalToSceneTransform().getMxx();
            sizes.add(new double[] {t.getFont().getSize() * scale});
            what.add(t.getText());
        }
        if (node instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) drawnTexts(c, sizes, what);
    }

    private void assertFitIsReadable(int roots) {
        Topology t = PlanGenerator.hubs(roots, 10, 99, 42);
        TopologyCanvas canvas = open(t);
        TopologyView view = canvas.view();
        List<double[]> sizes = new ArrayList<>();
        List<String> what = new ArrayList<>();
        interact(() -> drawnTexts(view.world(), sizes, what));
        double smallest = Double.MAX_VALUE;
        String smallestText = "";
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i)[0] < smallest) {
                smallest = sizes.get(i)[0];
                smallestText = what.get(i);
            }
        }
        assertTrue(smallest >= 8 - 1e-6, "\"" + smallestText + "\" is drawn at " + smallest + " px (zoom " + canvas.zoom() + ")");
        int hubs = roots * 10;
        assertEquals(roots + hubs, view.summary().titleCards().size(), "a title for every root and hub");
        assertEquals(hubs, view.summary().groupCards().size(), "a card for every group");
        List<SummaryCard> cards = new ArrayList<>(view.summary().titleCards());
        cards.addAll(view.summary().groupCards());
        for (SummaryCard c : cards) assertFalse(c.label().lines().isEmpty(), c.getId() + " says nothing");
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                assertFalse(cards.get(i).box().overlaps(cards.get(j).box()), cards.get(i).getId() + " overlaps " + cards.get(j).getId());
            }
        }
        assertTrue(view.cards().isEmpty(), "no card is drawn below the group level at fit");
    }

    @Test
    void fitDrawsEveryHubAndGroupOfThreeThousandServersReadably() { assertFitIsReadable(3); }

    @Test
    void fitDrawsEveryHubAndGroupOfTenThousandServersReadably() { assertFitIsReadable(10); }

    /** The plan is laid out again for the window's shape once it is shown: titles and group cards follow the cards. */
    @Test
    void titlesAndGroupCardsSitWhereTheirServersAreAfterTheLayoutForTheWindow() {
        Topology t = PlanGenerator.hubs(2, 10, 99, 42);
        TopologyCanvas canvas = open(t, 800, 900);
        TopologyView view = canvas.view();
        for (SummaryCard title : view.summary().titleCards()) {
            Position p = view.drawnAt(title.server());
            assertTrue(title.box().overlaps(Box.card(p.x(), p.y())), title.getId() + " is not over its server's card");
        }
        for (SummaryCard group : view.summary().groupCards()) {
            Position p = view.drawnAt(t.downstreams(group.server()).get(t.downstreams(group.server()).size() - 1));
            assertTrue(group.box().overlaps(Box.card(p.x(), p.y())), group.getId() + " is not over its servers' cards");
        }
        assertEquals(22, view.summary().titleCards().size());
    }

    @Test
    void openingAGroupByHandMovesNoOtherCardAndFoldingItAgainRestoresTheSummary() {
        Topology t = PlanGenerator.hubs(1, 4, 99, 42);
        TopologyCanvas canvas = open(t);
        TopologyView view = canvas.view();
        Server hub = t.downstreams(t.roots().get(0)).get(1);
        Map<Server, Position> before = new HashMap<>();
        for (Server s : t.servers()) before.put(s, view.drawnAt(s));
        Map<String, Box> cardsBefore = summaryBoxes(view);
        interact(() -> canvas.setGroupOpen(hub, true));
        for (Server s : t.servers()) assertEquals(before.get(s), view.drawnAt(s), s.id() + " moved");
        Map<String, Box> cardsAfter = summaryBoxes(view);
        assertNull(cardsAfter.get("group-" + hub.id()));
        for (Map.Entry<String, Box> e : cardsAfter.entrySet()) {
            if (!e.getKey().equals("title-" + hub.id())) assertEquals(cardsBefore.get(e.getKey()), e.getValue(), e.getKey() + " moved");
        }
        Server member = t.downstreams(hub).get(0);
        assertNotNull(canvas.cardOf(member), "an open group draws its servers' cards");
        assertEquals(before.get(member).x(), canvas.cardOf(member).centreX());
        Bounds title = view.summary().titleCards().stream().filter(c -> c.server() == hub).findFirst().orElseThrow().getBoundsInParent();
        Bounds first = canvas.cardOf(member).getBoundsInParent();
        assertFalse(title.intersects(first), "the title of an open group's upstream keeps to its band");
        interact(() -> canvas.setGroupOpen(hub, false));
        assertNull(canvas.cardOf(member));
        assertEquals(cardsBefore, summaryBoxes(view));
    }

    @Test
    void aHubCollapsedByHandKeepsItsTitleAndLosesItsGroupCard() {
        Topology t = PlanGenerator.hubs(1, 4, 99, 42);
        TopologyCanvas canvas = open(t);
        TopologyView view = canvas.view();
        Server hub = t.downstreams(t.roots().get(0)).get(2);
        interact(() -> canvas.setCollapsed(hub, true));
        SummaryCard title = view.summary().titleOf(hub);
        assertNotNull(title, "a collapsed hub is named at the summary level");
        assertFalse(title.label().lines().isEmpty(), "its title reads");
        assertTrue(view.summary().groupCards().stream().noneMatch(c -> c.server() == hub), "its servers are folded away by the collapse");
        assertNull(canvas.cardOf(hub));
        interact(() -> canvas.setCollapsed(hub, false));
        assertTrue(view.summary().groupCards().stream().anyMatch(c -> c.server() == hub));
    }

    private static Map<String, Box> summaryBoxes(TopologyView view) {
        Map<String, Box> boxes = new HashMap<>();
        for (SummaryCard c : view.summary().titleCards()) boxes.put(c.getId(), c.box());
        for (SummaryCard c : view.summary().groupCards()) boxes.put(c.getId(), c.box());
        return boxes;
    }

    @Test
    void selectingOrFindingAServerInsideAGroupOpensItAndShowsTheSelection() {
        Topology t = PlanGenerator.hubs(1, 4, 99, 42);
        TopologyCanvas canvas = open(t);
        TopologyView view = canvas.view();
        List<Server> hubs = t.downstreams(t.roots().get(0));
        Server picked = t.downstreams(hubs.get(0)).get(5);
        assertTrue(view.summary().isFolded(hubs.get(0)));
        interact(() -> canvas.document().selection().select(picked));
        assertFalse(view.summary().isFolded(hubs.get(0)));
        assertTrue(canvas.nodeHasStyleClass(picked, "selected"));

        Server found = t.downstreams(hubs.get(2)).get(7);
        interact(() -> canvas.reveal(found));
        assertFalse(view.summary().isFolded(hubs.get(2)));
        assertTrue(canvas.nodeHasStyleClass(found, "selected"));
        assertTrue(canvas.zoom() >= DetailLevel.CARDS_READABLE - 1e-9, "a found server is shown where cards read: " + canvas.zoom());

        interact(canvas::zoomToFit);
        assertTrue(view.summary().isFolded(hubs.get(3)), "other groups are folded at Fit");
        interact(() -> canvas.document().selection().set(t.servers()));
        SummaryCard folded = view.summary().groupCards().stream().filter(c -> c.server() == hubs.get(3)).findFirst().orElseThrow();
        assertTrue(folded.getStyleClass().contains("selected"), "a folded group with selected servers shows it");
        assertTrue(view.summary().isFolded(hubs.get(3)), "selecting everything opens no group");
    }

    @Test
    void aFoldedGroupShowsItsWorstFindingAndCountFollowingEditsAndUndo() {
        Topology t = PlanGenerator.hubs(1, 2, 99, 42);
        TopologyCanvas canvas = open(t);
        Document document = canvas.document();
        TopologyView view = canvas.view();
        Server hub = t.downstreams(t.roots().get(0)).get(0);
        Server member = t.downstreams(hub).get(3);
        interact(() -> document.execute(SetValueCommand.of(member, ServerSettings.HTTP_PORT, 70000, "Set port")));
        SummaryCard group = groupCard(view, hub);
        assertTrue(group.getStyleClass().contains("severity-error"));
        assertTrue(texts(group).contains("1 with errors"), texts(group).toString());

        interact(() -> document.commands().undo());
        group = groupCard(view, hub);
        assertFalse(group.getStyleClass().contains("severity-error"));

        interact(() -> document.execute(document.edits().delete(List.of(member))));
        assertEquals("98 servers", texts(groupCard(view, hub)).get(0));
        interact(() -> document.commands().undo());
        assertEquals("99 servers", texts(groupCard(view, hub)).get(0));

        interact(() -> document.commands().redo());
        interact(() -> document.commands().undo());
        interact(() -> document.execute(SetValueCommand.of(member, ServerSettings.HTTP_PORT, 70000, "Set port")));
        interact(() -> canvas.setGroupOpen(hub, true));
        assertTrue(canvas.nodeHasStyleClass(member, "severity-error"), "inside an open group a card shows its own finding");
    }

    private static SummaryCard groupCard(TopologyView view, Server upstream) {
        return view.summary().groupCards().stream().filter(c -> c.server() == upstream).findFirst().orElseThrow();
    }

    private static List<String> texts(SummaryCard card) {
        List<String> texts = new ArrayList<>();
        for (Text t : card.texts()) if (t.isVisible()) texts.add(t.getText());
        return texts;
    }
}
