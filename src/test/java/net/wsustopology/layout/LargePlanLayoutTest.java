package net.wsustopology.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class LargePlanLayoutTest {
    @Test
    void hundredThousandServersAreAllPlaced() {
        Topology t = Plans.regional(100_000, 300);
        TreeLayout layout = new TreeLayout();
        layout.layout(t);
        long start = System.nanoTime();
        LayoutResult result = layout.layout(t);
        System.out.printf("layout of %d servers: %d ms%n", t.size(), (System.nanoTime() - start) / 1_000_000);
        assertEquals(t.size(), result.positions().size());
        TreeLayoutTest.assertNoOverlaps(result.positions());
    }
}
