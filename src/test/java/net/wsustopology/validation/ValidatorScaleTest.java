package net.wsustopology.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

/** Plans with long chains, long loops and wide fan-out give exact answers (walks are iterative and shared). */
class ValidatorScaleTest {
    @Test void longChainsLongLoopsAndWideFanOut() {
        PlanBuilder b = new PlanBuilder().limits(4400, 3, 5).root("c0");
        for (int i = 1; i < 60_000; i++) b.downstream("c" + i, "c" + (i - 1));
        for (int i = 0; i < 10_000; i++) b.downstream("l" + i, "l" + ((i + 1) % 10_000));
        for (int i = 0; i < 10_000; i++) b.downstream("t" + i, "l" + i);
        b.root("hub");
        for (int i = 0; i < 4_000; i++) b.downstream("f" + i, "hub").with(s -> s.setSync(new SyncSchedule(true, "03:00", 1)));
        Topology t = b.build();

        Map<String, Integer> byRule = new HashMap<>();
        for (Finding f : new Validator().validate(t)) byRule.merge(f.ruleId(), 1, Integer::sum);

        assertEquals(2, byRule.get("TOP-04"));
        assertEquals(60_000 - 5, byRule.get("TOP-05"));
        assertEquals(10_000, byRule.get("TOP-01"));
        assertEquals(4_000, byRule.get("SCH-02"));
        assertEquals(1, byRule.get("FAN-02"));
        assertEquals(1, byRule.get("FAN-03"), "the 60,000-server chain is all below its root");
        assertEquals(60_000 + 10_000 + 10_000 + 1, byRule.get("SCH-04"), "every server but the hub's downstreams syncs manually");
        assertEquals(List.of("FAN-02", "FAN-03", "SCH-02", "SCH-04", "TOP-01", "TOP-04", "TOP-05"),
                byRule.keySet().stream().sorted().toList());
    }
}
