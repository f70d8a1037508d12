package net.wsustopology.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Server;
import org.junit.jupiter.api.Test;

class CapacityTest {
    private final Plans plans = new Plans();

    @Test
    void countsServersAndClientsPerTierAndPerRoot() {
        Server hq = plans.root("hq", "en");
        hq.setClients(100);
        Server ber = plans.downstream("ber", hq, "en");
        ber.setClients(250);
        Server branch = plans.downstream("branch", ber, "en");
        branch.setClients(40);
        Server other = plans.root("other", "en");
        other.setClients(7);
        Server orphan = new Server("orphan");
        orphan.setSyncFromUpstream(true);
        orphan.setUpstreamId("gone");
        orphan.setClients(3);
        plans.topology().addServer(orphan);

        Capacity c = Capacity.of(plans.topology());

        assertEquals(Map.of(1, new TierCount(2, 107), 2, new TierCount(1, 250), 3, new TierCount(1, 40)), c.byTier());
        assertEquals(new TierCount(1, 3), c.noTier());
        assertEquals(new TierCount(3, 390), c.byRoot().get(hq));
        assertEquals(new TierCount(1, 7), c.byRoot().get(other));
        assertEquals(3, c.depth());
    }

    @Test
    void fanOutIsJudgedAgainstTheLimit() {
        plans.topology().setLimits(new Limits(10, 3, 5));
        Server big = plans.root("big", "en");
        for (int i = 0; i < 11; i++) plans.downstream("b" + i, big, "en");
        Server near = plans.root("near", "en");
        for (int i = 0; i < 9; i++) plans.downstream("n" + i, near, "en");
        Server small = plans.root("small", "en");
        for (int i = 0; i < 8; i++) plans.downstream("s" + i, small, "en");

        List<FanOut> fanOuts = Capacity.of(plans.topology()).fanOuts();

        assertEquals(List.of(big, near, small), fanOuts.stream().map(FanOut::upstream).toList());
        assertEquals(List.of(FanOut.Level.OVER_LIMIT, FanOut.Level.NEAR_LIMIT, FanOut.Level.OK),
                fanOuts.stream().map(FanOut::level).toList());
        assertEquals(1.1, fanOuts.get(0).ratio(), 1e-9);
    }

    @Test
    void exactlyAtTheLimitIsNearNotOver() {
        assertEquals(FanOut.Level.NEAR_LIMIT, new FanOut(new Server("x"), 1000, 1000).level());
        assertEquals(FanOut.Level.OVER_LIMIT, new FanOut(new Server("x"), 1001, 1000).level());
        assertEquals(FanOut.Level.OK, new FanOut(new Server("x"), 899, 1000).level());
    }
}
