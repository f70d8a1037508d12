package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.IncrementalValidator;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.Validator;
import org.junit.jupiter.api.Test;

class RollupLimitRuleTest {
    private final RollupLimitRule rule = new RollupLimitRule();

    /** A root with two hubs of {@code perHub} stores each: 2 + 2 * perHub servers below it. */
    private static Topology twoHubs(int limit, int perHub) {
        return new PlanBuilder().limits(limit, 3, 5).root("hq").downstream("h1", "hq").downstream("h2", "hq")
                .downstreams("a", perHub, "h1").downstreams("b", perHub, "h2").build();
    }

    @Test void flagsTheRootWhenAllTiersBelowItTogetherPassTheLimit() {
        Topology t = twoHubs(5, 2);
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("FAN-03", f.ruleId());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("hq", f.serverId());
        assertTrue(f.message().contains("6 servers below it"), f.message());
        assertEquals(List.of(), RuleCheck.flagged(new FanOutExceededRule(), t), "no server has more than 5 direct downstreams");
    }

    @Test void acceptsExactlyTheLimitAndNeverFlagsADownstream() {
        assertEquals(List.of(), RuleCheck.flagged(rule, twoHubs(6, 2)));
        assertEquals(List.of("hq"), RuleCheck.flagged(rule, twoHubs(2, 3)), "a hub with 3 below is not a root");
    }

    @Test void theRootIsRecheckedWhenAServerIsAddedOrMovedDeepBelowIt() {
        Topology t = new PlanBuilder().limits(6, 3, 5).root("hq").root("hq2").downstream("h1", "hq").downstream("h2", "hq")
                .downstreams("a", 2, "h1").downstreams("b", 2, "h2").build();
        IncrementalValidator v = new IncrementalValidator(t);
        assertEquals(List.of(), ids(v, t));
        t.addServer(new PlanBuilder().root("x").build().server("x").copyWithId("a9"));
        t.server("a9").setSyncFromUpstream(true);
        t.server("a9").setUpstreamId("a1");
        v.flush();
        assertEquals(List.of("hq"), ids(v, t), "a server at tier 4 counts for the root");
        t.server("h2").setUpstreamId("hq2");
        v.flush();
        assertEquals(List.of(), ids(v, t), "a hub moved to another root takes its stores along");
        assertEquals(new Validator(List.of(rule)).validate(t), v.findings().all(t).stream()
                .filter(f -> f.ruleId().equals("FAN-03")).toList());
    }

    private static List<String> ids(IncrementalValidator v, Topology t) {
        return v.findings().all(t).stream().filter(f -> f.ruleId().equals("FAN-03")).map(Finding::serverId).toList();
    }
}
