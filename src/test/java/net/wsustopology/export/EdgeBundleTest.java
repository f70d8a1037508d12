package net.wsustopology.export;

import net.wsustopology.diagram.DiagramScene;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import net.wsustopology.diagram.DiagramScene.Link;
import net.wsustopology.layout.Plans;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class EdgeBundleTest {
    @Test
    void aFewChildrenInOneRowGetStraightLinks() {
        Topology t = new Topology();
        Plans.root(t, "hq");
        for (int i = 0; i < 3; i++) Plans.downstream(t, "b" + i, "hq");
        List<Link> single = new ArrayList<>();
        List<EdgeBundle> bundles = EdgeBundle.bundle(scene(t), single);
        assertTrue(bundles.isEmpty());
        assertEquals(4, single.size());
    }

    @Test
    void manyChildrenShareATrunkAndEachGetsADrop() {
        Topology t = new Topology();
        Plans.root(t, "hq");
        for (int i = 0; i < 45; i++) Plans.downstream(t, "b" + i, "hq");
        List<Link> single = new ArrayList<>();
        List<EdgeBundle> bundles = EdgeBundle.bundle(scene(t), single);
        assertEquals(1, bundles.size());
        assertEquals(List.of("hq"), single.stream().map(e -> e.downstream().server().id()).toList(), "only Microsoft Update to hq");
        EdgeBundle bundle = bundles.get(0);
        assertEquals(45, bundle.edges().size());
        List<Line2D> trunk = bundle.trunk();
        long rows = bundle.edges().stream().mapToDouble(e -> e.downstream().y()).distinct().count();
        assertTrue(rows > 1, "45 leaves wrap into rows");
        assertEquals(1 + 1 + rows, trunk.size(), "stem, spine and a bus over each row");
        for (Link e : bundle.edges()) {
            Line2D drop = bundle.drop(e);
            assertEquals(e.downstream().x(), drop.getX1());
            assertEquals(e.downstream().bounds().getY(), drop.getY2());
            assertTrue(drop.getY1() < drop.getY2());
            double spineX = trunk.get(1).getX1();
            assertTrue(spineX < e.downstream().bounds().getX(), "the spine runs left of every row");
        }
    }

    private static DiagramScene scene(Topology t) {
        return DiagramScene.of(t, new TreeLayout().layout(t), List.of());
    }
}
