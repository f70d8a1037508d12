package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class FanOutExceededRuleTest {
    private final FanOutExceededRule rule = new FanOutExceededRule();

    @Test void flagsTheUpstreamWithMoreDownstreamsThanTheLimit() {
        Topology t = new PlanBuilder().limits(3, 3, 5).root("hq").downstreams("d", 4, "hq").build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("FAN-01", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("hq", f.serverId());
        assertTrue(f.message().contains("4 downstream servers"), f.message());
    }

    @Test void acceptsExactlyTheLimit() {
        Topology t = new PlanBuilder().limits(3, 3, 5).root("hq").downstreams("d", 3, "hq").build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void defaultLimitIsOneThousand() {
        Topology t = new PlanBuilder().root("hq").downstreams("d", 1000, "hq").build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
        t.addServer(copyOf(t, "d1", "d1001"));
        assertEquals(List.of("hq"), RuleCheck.flagged(rule, t));
    }

    private static Server copyOf(Topology t, String id, String newId) {
        Server copy = t.server(id).copyWithId(newId);
        copy.setName(newId + PlanBuilder.DOMAIN);
        return copy;
    }
}
