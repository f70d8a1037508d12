package net.wsustopology.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import net.wsustopology.insight.Plans;
import net.wsustopology.insight.SyncPropagation;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import org.junit.jupiter.api.Test;

class SyncHeatMapTest {
    @Test
    void theScaleRunsFromTheFastestToTheSlowestServerAndUnboundedOnesAreHottest() {
        Plans p = new Plans();
        Server hq = p.root("hq", "en");
        Plans.daily(hq, "00:00", 24);
        Server daily = p.downstream("daily", hq, "en");
        Plans.daily(daily, "02:00", 1);
        Server twice = p.downstream("twice", hq, "en");
        Plans.daily(twice, "02:00", 2);
        Server manual = p.downstream("manual", hq, "en");
        manual.setSync(new SyncSchedule(false, "02:00", 1));
        Server lost = new Server("lost");
        lost.setSyncFromUpstream(true);
        lost.setUpstreamId("gone");
        p.topology().addServer(lost);

        Map<String, String> buckets = SyncHeatMap.buckets(SyncPropagation.of(p.topology(), 30), p.topology());

        assertEquals("heat-0", buckets.get("hq"), "hourly: at most 90 min");
        assertEquals("heat-4", buckets.get("daily"), "once a day: the slowest bounded server");
        assertEquals("heat-2", buckets.get("twice"), "twice a day: about half-way between them");
        assertEquals("heat-4", buckets.get("manual"));
        assertFalse(buckets.containsKey("lost"), "never updated: no colour");
    }

    @Test
    void aPlanWhoseServersAreEquallyFastIsAllCool() {
        Plans p = new Plans();
        Plans.daily(p.root("a", "en"), "01:00", 1);
        Plans.daily(p.root("b", "en"), "05:00", 1);
        assertEquals(Map.of("a", "heat-0", "b", "heat-0"),
                SyncHeatMap.buckets(SyncPropagation.of(p.topology(), 30), p.topology()));
    }
}
