package net.wsustopology.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.wsustopology.export.SamplePlans;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.Plans;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class DiagramSceneTest {
    @Test
    void modelPositionsWinOverTheLayout() {
        Topology t = new Topology();
        Plans.root(t, "a");
        Server b = Plans.downstream(t, "b", "a");
        LayoutResult layout = new TreeLayout().layout(t);
        b.setPosition(new Position(5000, 3000));
        DiagramScene scene = DiagramScene.of(t, layout, List.of());
        assertEquals(5000, scene.card("b").x());
        assertEquals(layout.positions().get("a").x(), scene.card("a").x());
        assertTrue(scene.bounds().getMaxX() >= 5000 + TreeLayout.NODE_WIDTH / 2);
    }

    @Test
    void rolesTiersEdgesAndWorstFinding() {
        Topology t = new Topology();
        Plans.root(t, "a");
        Server r = Plans.downstream(t, "r", "a");
        r.setReplica(true);
        r.setUseSsl(true);
        Plans.downstream(t, "d", "r").setSourcePort(9999);
        Plans.downstream(t, "lost", "nowhere");
        List<Finding> findings = List.of(new Finding("X-1", Severity.INFO, "d", List.of(), "i"),
                new Finding("X-2", Severity.ERROR, "d", List.of(), "e"), new Finding("X-3", Severity.WARNING, "d", List.of(), "w"));
        DiagramScene scene = DiagramScene.of(t, new TreeLayout().layout(t), findings);
        assertEquals(CardKind.ROOT, scene.card("a").kind());
        assertEquals(CardKind.REPLICA, scene.card("r").kind());
        assertEquals(CardKind.AUTONOMOUS, scene.card("d").kind());
        assertEquals(3, scene.card("d").tier());
        assertEquals("Tier 3 · autonomous", scene.card("d").face().details());
        assertEquals("No tier · autonomous", scene.card("lost").face().details());
        assertEquals("nowhere", scene.card("lost").missingUpstream());
        assertNull(scene.card("d").missingUpstream());
        assertEquals(Severity.ERROR, scene.card("d").worst());
        assertNull(scene.card("a").worst());
        assertEquals(3, scene.links().size(), "Microsoft Update to a, a to r, r to d; none for the dangling server");
        DiagramScene.Link toReplica = scene.links().stream().filter(e -> e.downstream().server() == r).findFirst().orElseThrow();
        assertEquals("8531 SSL", toReplica.label());
        assertTrue(toReplica.replica() && toReplica.ssl());
        assertTrue(scene.links().stream().anyMatch(e -> e.label().equals("9999")));
        assertEquals(Map.of("d", Severity.ERROR), DiagramScene.worstByServer(findings));
    }

    @Test
    void aLinkOfALoopThatCannotRunDownIsAStraightLineInsideTheBounds() {
        Topology t = new Topology();
        Plans.downstream(t, "l1", "l2");
        Plans.downstream(t, "l2", "l1");
        DiagramScene scene = DiagramScene.of(t, new TreeLayout().layout(t), List.of());
        assertEquals(2, scene.links().size());
        assertTrue(scene.links().stream().anyMatch(e -> scene.route(e).points().size() == 2));
        for (DiagramScene.Link e : scene.links()) {
            assertTrue(scene.bounds().contains(scene.route(e).bounds()), "inside the picture");
        }
    }

    @Test
    void overServersThePlanPlacesMicrosoftUpdateIsCentredAboveTheRoots() {
        Topology t = new Topology();
        Plans.root(t, "a").setPosition(new Position(400, 500));
        Plans.root(t, "b").setPosition(new Position(800, 520));
        DiagramScene scene = DiagramScene.of(t, new TreeLayout().layout(t), List.of());
        assertEquals(new Position(600, 500 - TreeLayout.V_GAP - TreeLayout.NODE_HEIGHT), scene.microsoftUpdate());
    }

    @Test
    void subsetKeepsOnlyLinksInside() {
        Topology t = SamplePlans.enterprise();
        DiagramScene scene = DiagramScene.of(t, new TreeLayout().layout(t), List.of());
        DiagramScene part = scene.subset(t.subtree(t.server("ber")), false);
        assertEquals(11, part.cards().size());
        assertEquals(10, part.links().size());
        assertNull(part.microsoftUpdate());
        assertTrue(part.bounds().getWidth() < scene.bounds().getWidth());
    }
}
