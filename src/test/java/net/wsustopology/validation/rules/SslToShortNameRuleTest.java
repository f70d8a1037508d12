package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class SslToShortNameRuleTest {
    private final SslToShortNameRule rule = new SslToShortNameRule();

    @Test void flagsTheDownstreamUsingSslToAShortName() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setName("wsushq"))
                .downstream("ber", "hq").with(s -> s.setUseSsl(true)).downstream("par", "hq").build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        assertEquals("NET-07", findings.get(0).ruleId());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("ber", findings.get(0).serverId());
        assertEquals(List.of("hq"), findings.get(0).related());
    }

    @Test void acceptsAnFqdnUpstream() {
        Topology t = new PlanBuilder().root("hq").downstream("ber", "hq").with(s -> s.setUseSsl(true)).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void leavesEmptyNamesToNet02() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setName(""))
                .downstream("ber", "hq").with(s -> s.setUseSsl(true)).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }
}
