package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class FanOutNearLimitRuleTest {
    private final FanOutNearLimitRule rule = new FanOutNearLimitRule();

    @Test void flagsTheUpstreamAtNinetyPercentOfTheLimit() {
        Topology t = new PlanBuilder().limits(10, 3, 5).root("hq").downstreams("d", 9, "hq").build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        assertEquals("FAN-02", findings.get(0).ruleId());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("hq", findings.get(0).serverId());
    }

    @Test void flagsUpToTheLimitButNotBeyondOrBelow() {
        assertEquals(List.of("hq"), RuleCheck.flagged(rule, plan(10, 10)));
        assertEquals(List.of(), RuleCheck.flagged(rule, plan(10, 11)));
        assertEquals(List.of(), RuleCheck.flagged(rule, plan(10, 8)));
    }

    @Test void aZeroLimitDoesNotFlagServersWithoutDownstreams() {
        assertEquals(List.of(), RuleCheck.flagged(rule, plan(0, 0)));
    }

    @Test void defaultLimitWarnsFromNineHundred() {
        assertEquals(List.of("hq"), RuleCheck.flagged(rule,
                new PlanBuilder().root("hq").downstreams("d", 900, "hq").build()));
        assertEquals(List.of(), RuleCheck.flagged(rule,
                new PlanBuilder().root("hq").downstreams("d", 899, "hq").build()));
    }

    private static Topology plan(int limit, int downstreams) {
        return new PlanBuilder().limits(limit, 3, 5).root("hq").downstreams("d", downstreams, "hq").build();
    }
}
