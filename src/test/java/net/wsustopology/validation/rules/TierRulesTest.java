package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

/** TOP-04 and TOP-05 split the tiers between them, so they are tested together. */
class TierRulesTest {
    private final TierAboveRecommendedRule recommended = new TierAboveRecommendedRule();
    private final TierAboveMaximumRule maximum = new TierAboveMaximumRule();

    /** A chain t1 (root) ... tN. */
    private static Topology chain(int tiers) {
        PlanBuilder b = new PlanBuilder().root("t1");
        for (int i = 2; i <= tiers; i++) b.downstream("t" + i, "t" + (i - 1));
        return b.build();
    }

    @Test void warnsAboveTheRecommendedTiersUpToTheMaximum() {
        Topology t = chain(7);
        List<Finding> findings = RuleCheck.all(recommended, t);
        assertEquals(List.of("t4", "t5"), findings.stream().map(Finding::serverId).toList());
        assertEquals("TOP-04", findings.get(0).ruleId());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("tier 4"), findings.get(0).message());
    }

    @Test void errsAboveTheMaximumTiers() {
        Topology t = chain(7);
        List<Finding> findings = RuleCheck.all(maximum, t);
        assertEquals(List.of("t6", "t7"), findings.stream().map(Finding::serverId).toList());
        assertEquals("TOP-05", findings.get(0).ruleId());
        assertEquals(Severity.ERROR, findings.get(0).severity());
    }

    @Test void followsThePlansLimits() {
        Topology t = chain(4);
        t.setLimits(new Limits(1000, 1, 2));
        assertEquals(List.of("t2"), RuleCheck.flagged(recommended, t));
        assertEquals(List.of("t3", "t4"), RuleCheck.flagged(maximum, t));
    }

    @Test void serversWithoutATierAreNotFlagged() {
        Topology t = new PlanBuilder().limits(1000, 1, 1).downstream("a", "b").downstream("b", "a")
                .downstream("c", "a").downstream("lost", "gone").build();
        assertEquals(List.of(), RuleCheck.flagged(recommended, t));
        assertEquals(List.of(), RuleCheck.flagged(maximum, t));
    }
}
