package net.wsustopology.layout;

import static net.wsustopology.layout.Plans.downstream;
import static net.wsustopology.layout.Plans.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

/** The layout fills a view of the wanted shape: fit zoom figures, trees of many shapes, determinism. */
class ViewShapeLayoutTest {
    private static final double VIEW_WIDTH = 1600;
    private static final double VIEW_HEIGHT = 900;
    private final TreeLayout layout = new TreeLayout();

    @Test
    void theThreeRegionSampleFitsA1600By900ViewAtThreeQuarters() throws Exception {
        assertFitZoomAtLeast(0.75, sample("three-region-enterprise"));
    }

    @Test
    void regionalPlansOf100And300ServersFitA1600By900View() {
        assertFitZoomAtLeast(0.45, PlanGenerator.regional(100, 10, 42));
        assertFitZoomAtLeast(0.26, PlanGenerator.regional(300, 10, 42));
    }

    @Test
    void noSampleFitsWorseThanWithTheOneRowTidyTree() throws Exception {
        // the fit zoom of each sample under the earlier layout (one row per level, 8-column leaf blocks), rounded down
        Map<String, Double> before = Map.of("fan01-over-1000-downstreams", 0.198, "lng01-language-mismatch", 2.083,
                "mixed-versions-clean", 1.562, "single-office", 2.083, "three-region-enterprise", 0.323, "top04-too-deep", 0.892);
        for (Map.Entry<String, Double> e : before.entrySet()) assertFitZoomAtLeast(e.getValue(), sample(e.getKey()));
    }

    @Test
    void theLayoutForAViewFitsItAtLeastAsWellAsOneForAnotherShape() {
        Topology t = PlanGenerator.regional(300, 10, 42);
        double[] aspects = {16.0 / 9, 4.0 / 3, 1, 9.0 / 16, 3};
        for (double view : aspects) {
            double own = layout.layout(t, view).fitZoom(view, 1);
            for (double other : aspects) {
                assertTrue(own >= layout.layout(t, other).fitZoom(view, 1) - 1e-12, "view " + view + " vs layout for " + other);
            }
        }
        LayoutResult tall = layout.layout(t, 9.0 / 16);
        LayoutResult wide = layout.layout(t, 16.0 / 9);
        assertTrue(tall.width() / tall.height() < wide.width() / wide.height());
    }

    @Test
    void aPlanThatFitsTheViewAtFullSizeKeepsTheClassicTidyTree() {
        Topology t = new Topology();
        root(t, "hq");
        for (int i = 0; i < 3; i++) downstream(t, "b" + i, "hq");
        LayoutResult result = layout.layoutForView(t, 700, 540);
        assertTrue(result.fitZoom(700, 540) >= 1);
        assertEquals(1, t.servers().stream().filter(s -> s.isSyncFromUpstream()).mapToDouble(s -> result.positions().get(s.id()).y()).distinct().count(),
                "the three downstreams side by side");
        LayoutResult small = layout.layoutForView(t, 400, 540);
        assertTrue(small.width() <= result.width(), "a smaller view gets a narrower shape when it must");
    }

    @Test
    void lopsidedTreesSeveralRootsAndFourLevelsAreLaidOutCleanly() {
        Topology lopsided = new Topology();
        root(lopsided, "hq");
        downstream(lopsided, "big", "hq");
        for (int i = 0; i < 120; i++) downstream(lopsided, "big" + i, "big");
        for (int i = 0; i < 3; i++) downstream(lopsided, "small" + i, "hq");
        downstream(lopsided, "deep1", "hq");
        for (int d = 2; d <= 6; d++) downstream(lopsided, "deep" + d, "deep" + (d - 1));
        for (int i = 0; i < 7; i++) downstream(lopsided, "deepLeaf" + i, "deep6");

        Topology roots = new Topology();
        for (int r = 0; r < 12; r++) {
            root(roots, "r" + r);
            for (int i = 0; i < r * 3; i++) downstream(roots, "r" + r + "-" + i, "r" + r);
        }

        Topology fourLevels = PlanGenerator.generate(1000, 7);
        for (Topology t : new Topology[] {lopsided, roots, fourLevels, PlanGenerator.generate(300, 42)}) {
            for (double aspect : new double[] {16.0 / 9, 1, 9.0 / 16}) {
                LayoutResult result = layout.layout(t, aspect);
                TreeLayoutTest.assertEveryServerPlaced(t, result);
                TreeLayoutTest.assertNoOverlaps(result.positions());
                Links.assertNoLinkThroughACard(t, result);
                for (Server s : t.servers()) {
                    Server up = t.upstreamOf(s);
                    Position parent = up == null ? result.microsoftUpdate() : result.positions().get(up.id());
                    assertTrue(result.positions().get(s.id()).y() > parent.y(), s.id() + " below its upstream");
                }
            }
        }
    }

    @Test
    void theSamePlanGivesTheSamePositions() {
        Topology t = PlanGenerator.generate(2000, 3);
        assertEquals(layout.layout(t).positions(), layout.layout(t).positions());
        assertEquals(layout.layout(t, 0.7).positions(), new TreeLayout().layout(t, 0.7).positions());
    }

    @Test
    void pinnedServersStayAndTheOthersStillOverlapNothing() {
        Topology t = PlanGenerator.regional(100, 10, 42);
        Server pinned = t.servers().get(50);
        pinned.setPosition(new Position(-4000, 9000));
        pinned.setPinned(true);
        LayoutResult result = layout.layout(t, 16.0 / 9);
        assertEquals(new Position(-4000, 9000), result.positions().get(pinned.id()));
        TreeLayoutTest.assertNoOverlaps(result.positions());
    }

    @Test
    void anAspectRatioIsTwoPositiveNumbers() {
        assertEquals(16.0 / 9, AspectRatio.parse("16:9").value(), 1e-12);
        assertEquals(1.5, AspectRatio.parse(" 1.5 : 1 ").value(), 1e-12);
        for (String bad : new String[] {"0:9", "abc", "-1:2", "16", "16:9:1", "16:", ":9", "NaN:1", "Infinity:1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AspectRatio.parse(bad), bad);
            assertTrue(e.getMessage().contains("W:H"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> layout.layout(new Topology(), 0));
    }

    private void assertFitZoomAtLeast(double wanted, Topology t) {
        double zoom = layout.layout(t).fitZoom(VIEW_WIDTH, VIEW_HEIGHT);
        assertTrue(zoom >= wanted, t.getName() + ": fit zoom " + zoom + " < " + wanted);
    }

    private static Topology sample(String name) throws Exception {
        Topology t = TopologyFiles.load(Path.of("sample-topologies", name + ".wsus.json"));
        for (Server s : t.servers()) {
            s.setPosition(null);
            s.setPinned(false);
        }
        return t;
    }
}
