package net.wsustopology.layout;

import static net.wsustopology.layout.Plans.downstream;
import static net.wsustopology.layout.Plans.root;
import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class TreeLayoutTest {
    private final TreeLayout layout = new TreeLayout();

    @Test
    void randomTreesHaveNoOverlapsNoLinkThroughACardAndChildrenBelowParents() {
        double[] aspects = {16.0 / 9, 1, 9.0 / 16, 4};
        for (long seed = 1; seed <= 20; seed++) {
            Topology t = Plans.randomTree(seed, 300);
            LayoutResult result = layout.layout(t, aspects[(int) (seed % aspects.length)]);
            assertEveryServerPlaced(t, result);
            assertNoOverlaps(result.positions());
            Links.assertNoLinkThroughACard(t, result);
            for (Server s : t.servers()) {
                Server up = t.upstreamOf(s);
                Position p = result.positions().get(s.id());
                Position parent = up == null ? result.microsoftUpdate() : result.positions().get(up.id());
                assertTrue(p.y() >= parent.y() + NODE_HEIGHT, s + " is not below its upstream");
            }
        }
    }

    @Test
    void microsoftUpdateIsOnTopAndCentredOverTheRoots() {
        Topology t = new Topology();
        root(t, "a");
        root(t, "b");
        root(t, "c");
        LayoutResult result = layout.layout(t);
        double ax = result.positions().get("a").x();
        double cx = result.positions().get("c").x();
        assertEquals((ax + cx) / 2, result.microsoftUpdate().x(), 1e-9);
        for (Position p : result.positions().values()) assertTrue(p.y() > result.microsoftUpdate().y());
        assertTrue(ax < result.positions().get("b").x() && result.positions().get("b").x() < cx);
    }

    @Test
    void inAWideViewAParentIsCentredOverItsChildren() {
        Topology t = new Topology();
        root(t, "hq");
        downstream(t, "a", "hq");
        downstream(t, "b", "hq");
        downstream(t, "c", "hq");
        downstream(t, "a1", "a");
        downstream(t, "a2", "a");
        LayoutResult result = layout.layout(t, 6);
        Map<String, Position> p = result.positions();
        assertEquals((p.get("a").x() + p.get("c").x()) / 2, p.get("hq").x(), 1e-9);
        assertEquals((p.get("a1").x() + p.get("a2").x()) / 2, p.get("a").x(), 1e-9);
        assertEquals(p.get("a").y(), p.get("c").y(), 1e-9);
        assertNoOverlaps(p);
    }

    @Test
    void aThousandLeavesFormABlockOfTheViewsShape() {
        Topology t = new Topology();
        root(t, "hq");
        for (int i = 0; i < 1000; i++) downstream(t, "b" + i, "hq");
        for (double aspect : new double[] {16.0 / 9, 1, 9.0 / 16}) {
            LayoutResult result = layout.layout(t, aspect);
            assertEveryServerPlaced(t, result);
            assertNoOverlaps(result.positions());
            Links.assertNoLinkThroughACard(t, result);
            double shape = result.width() / result.height();
            assertTrue(shape > aspect / 1.3 && shape < aspect * 1.3, "a block of about the view's shape: " + result.width() + " x " + result.height());
            Position hq = result.positions().get("hq");
            for (Server s : t.servers()) if (s != t.server("hq")) assertTrue(result.positions().get(s.id()).y() > hq.y());
            List<Position> leaves = new ArrayList<>();
            for (int i = 0; i < 1000; i++) leaves.add(result.positions().get("b" + i));
            for (int i = 1; i < leaves.size(); i++) {
                Position a = leaves.get(i - 1);
                Position b = leaves.get(i);
                assertTrue(b.y() > a.y() || (b.y() == a.y() && b.x() > a.x()), "leaves in file order, row by row: b" + i);
            }
        }
    }

    @Test
    void wrappedLeavesAndSubtreesShareAParentWithoutOverlap() {
        Topology t = new Topology();
        root(t, "hq");
        for (int i = 0; i < 45; i++) downstream(t, "leaf" + i, "hq");
        downstream(t, "hub", "hq");
        for (int i = 0; i < 5; i++) downstream(t, "hubchild" + i, "hub");
        LayoutResult result = layout.layout(t);
        assertNoOverlaps(result.positions());
        Links.assertNoLinkThroughACard(t, result);
        assertEveryServerPlaced(t, result);
    }

    @Test
    void manyBigRegionsAreStackedIntoShelvesInsteadOfOneEndlessRow() {
        Topology t = Plans.regional(3000, 100);
        LayoutResult result = layout.layout(t);
        assertEveryServerPlaced(t, result);
        assertNoOverlaps(result.positions());
        Links.assertNoLinkThroughACard(t, result);
        assertTrue(result.width() < 4 * result.height(), result.width() + " x " + result.height());
        double hqY = result.positions().get("hq").y();
        long regionRows = t.downstreamsOf("hq").stream().mapToDouble(s -> result.positions().get(s.id()).y()).distinct().count();
        assertTrue(regionRows > 1, "regions on several shelves");
        for (Server s : t.servers()) {
            Server up = t.upstreamOf(s);
            if (up != null) assertTrue(result.positions().get(s.id()).y() > result.positions().get(up.id()).y());
        }
        assertTrue(hqY < result.positions().get("region0").y());
    }

    @Test
    void aFewWideRegionsStayInOneRow() {
        Topology t = Plans.regional(45, 4);
        LayoutResult result = layout.layout(t);
        long regionRows = t.downstreamsOf("hq").stream().mapToDouble(s -> result.positions().get(s.id()).y()).distinct().count();
        assertEquals(1, regionRows);
    }

    @Test
    void pinnedServersKeepTheirPosition() {
        Topology t = new Topology();
        root(t, "hq");
        Server pinned = downstream(t, "a", "hq");
        pinned.setPosition(new Position(1234, 987));
        pinned.setPinned(true);
        Server loose = downstream(t, "b", "hq");
        loose.setPosition(new Position(-500, -500));
        LayoutResult result = layout.layout(t);
        assertEquals(new Position(1234, 987), result.positions().get("a"));
        assertTrue(result.positions().get("b").x() > 0, "an unpinned server is laid out again");
        assertTrue(result.width() >= 1234 + NODE_WIDTH / 2);
        assertTrue(result.height() >= 987 + NODE_HEIGHT / 2);
    }

    @Test
    void loopsAndDanglingUpstreamsArePlacedToTheRight() {
        Topology t = new Topology();
        root(t, "hq");
        downstream(t, "a", "hq");
        downstream(t, "loop1", "loop2");
        downstream(t, "loop2", "loop1");
        downstream(t, "underLoop", "loop1");
        downstream(t, "dangling", "nowhere");
        downstream(t, "underDangling", "dangling");
        Server emptyUpstream = downstream(t, "noUpstream", null);
        assertNotNull(emptyUpstream);
        LayoutResult result = layout.layout(t);
        assertEveryServerPlaced(t, result);
        assertNoOverlaps(result.positions());
        Links.assertNoLinkThroughACard(t, result);
        double treeRight = result.positions().get("hq").x() + NODE_WIDTH / 2;
        for (String id : List.of("loop1", "loop2", "underLoop", "dangling", "underDangling", "noUpstream")) {
            assertTrue(result.positions().get(id).x() - NODE_WIDTH / 2 > treeRight, id + " is not right of the tree");
        }
        assertTrue(result.positions().get("underDangling").y() > result.positions().get("dangling").y());
    }

    @Test
    void emptyPlanHasOnlyMicrosoftUpdate() {
        LayoutResult result = layout.layout(new Topology());
        assertTrue(result.positions().isEmpty());
        assertTrue(result.width() >= NODE_WIDTH && result.height() >= NODE_HEIGHT);
    }

    @Test
    void boundsContainEveryNode() {
        Topology t = Plans.randomTree(99, 500);
        LayoutResult result = layout.layout(t);
        for (Position p : result.positions().values()) {
            assertTrue(p.x() - NODE_WIDTH / 2 >= 0 && p.x() + NODE_WIDTH / 2 <= result.width());
            assertTrue(p.y() - NODE_HEIGHT / 2 >= 0 && p.y() + NODE_HEIGHT / 2 <= result.height());
        }
    }

    @Test
    void aDeepChainDoesNotOverflowTheStack() {
        Topology t = new Topology();
        root(t, "c0");
        for (int i = 1; i < 20_000; i++) downstream(t, "c" + i, "c" + (i - 1));
        LayoutResult result = layout.layout(t);
        assertEveryServerPlaced(t, result);
        assertEquals(result.positions().get("c0").x(), result.positions().get("c19999").x(), 1e-9);
    }

    static void assertEveryServerPlaced(Topology t, LayoutResult result) {
        assertEquals(t.size(), result.positions().size());
        for (Server s : t.servers()) assertNotNull(result.positions().get(s.id()), s.id());
    }

    /** Cards hashed into cells of one card's size: only cards in neighbouring cells can overlap. */
    static void assertNoOverlaps(Map<String, Position> positions) {
        Map<Long, List<Map.Entry<String, Position>>> cells = new HashMap<>();
        for (Map.Entry<String, Position> e : positions.entrySet()) {
            cells.computeIfAbsent(cell(Math.floor(e.getValue().x() / NODE_WIDTH), Math.floor(e.getValue().y() / NODE_HEIGHT)),
                    k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, Position> e : positions.entrySet()) {
            Position a = e.getValue();
            double cx = Math.floor(a.x() / NODE_WIDTH);
            double cy = Math.floor(a.y() / NODE_HEIGHT);
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    for (Map.Entry<String, Position> other : cells.getOrDefault(cell(cx + dx, cy + dy), List.of())) {
                        if (other == e) continue;
                        Position b = other.getValue();
                        boolean overlap = Math.abs(a.x() - b.x()) < NODE_WIDTH && Math.abs(a.y() - b.y()) < NODE_HEIGHT;
                        assertFalse(overlap, e.getKey() + " overlaps " + other.getKey());
                    }
                }
            }
        }
    }

    private static long cell(double x, double y) { return ((long) x << 32) ^ ((long) y & 0xffffffffL); }
}
