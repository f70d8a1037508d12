package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class MissingUpstreamRuleTest {
    private final MissingUpstreamRule rule = new MissingUpstreamRule();

    @Test void flagsAnUpstreamIdThatNamesNoServer() {
        Topology t = new PlanBuilder().root("hq").downstream("ber", "gone").build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("TOP-02", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("ber", f.serverId());
        assertTrue(f.message().contains("\"gone\""), f.message());
    }

    @Test void flagsAMissingOrEmptyUpstreamId() {
        Topology t = new PlanBuilder().downstream("a", null).downstream("b", "").build();
        assertEquals(List.of("a", "b"), RuleCheck.flagged(rule, t));
    }

    @Test void ignoresAKeptUpstreamIdWhileSyncingFromMicrosoftUpdate() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setUpstreamId("gone"))
                .downstream("ber", "hq").build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }
}
