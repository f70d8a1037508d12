package net.wsustopology.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.export.PageSize;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

/** The PDF's pages of a chain thousands deep: no recursion that follows the plan's depth. */
class DeepChainPdfTest {
    @Test
    void aDeepChainIsPlannedWithoutDeepRecursion() throws Exception {
        Topology t = PlanGenerator.chain(1500);
        DiagramScene scene = DiagramScene.of(t, new TreeLayout().layout(t), List.of());
        Rectangle2D small = new Rectangle2D.Double(0, 0, 300, 200);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<DiagramPlan> plan = new AtomicReference<>();
        // a small stack: before, each level of the chain was a level of recursion
        Thread walker = new Thread(null, () -> {
            try {
                plan.set(DiagramPlan.of(scene, Map.of(), small, DiagramPages.detailArea(PageSize.A4), 2));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "walker", 192 * 1024);
        walker.start();
        walker.join();
        assertNull(failure.get());
        assertTrue(plan.get().split());
        int servers = plan.get().units().stream().mapToInt(u -> u.scene().cards().size()).sum();
        assertEquals(1500, servers, "every server of the chain is on a page");
    }
}
