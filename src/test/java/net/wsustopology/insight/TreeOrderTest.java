package net.wsustopology.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.wsustopology.model.Server;
import org.junit.jupiter.api.Test;

class TreeOrderTest {
    @Test
    void depthFirstFromEachRootThenDetachedServersAtTheEnd() {
        Plans p = new Plans();
        Server loopA = new Server("loop-a");
        Server hq = p.root("hq", "en");
        Server ber = p.downstream("ber", hq, "en");
        Server second = p.root("second", "en");
        Server berBranch = p.downstream("ber-branch", ber, "en");
        Server par = p.downstream("par", hq, "en");
        Server orphan = new Server("orphan");
        orphan.setSyncFromUpstream(true);
        orphan.setUpstreamId("gone");
        p.topology().addServer(orphan);
        loopA.setSyncFromUpstream(true);
        loopA.setUpstreamId("loop-b");
        p.topology().addServer(loopA);
        Server loopB = p.downstream("loop-b", loopA, "en");

        List<TreeRow> rows = TreeOrder.of(p.topology());

        assertEquals(List.of(hq, ber, berBranch, par, second, orphan, loopA, loopB),
                rows.stream().map(TreeRow::server).toList());
        assertEquals(List.of(0, 1, 2, 1, 0, 0, 0, 1), rows.stream().map(TreeRow::depth).toList());
        assertEquals(List.of(false, false, false, false, false, true, true, true),
                rows.stream().map(TreeRow::detached).toList());
    }
}
