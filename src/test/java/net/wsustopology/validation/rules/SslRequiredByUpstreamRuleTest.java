package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class SslRequiredByUpstreamRuleTest {
    private final SslRequiredByUpstreamRule rule = new SslRequiredByUpstreamRule();

    @Test void flagsADownstreamWithoutSslToAnUpstreamRequiringIt() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setRequireSsl(true))
                .downstream("ber", "hq").downstream("par", "hq").with(s -> s.setUseSsl(true)).build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        assertEquals("NET-04", findings.get(0).ruleId());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("ber", findings.get(0).serverId());
        assertEquals(List.of("hq"), findings.get(0).related());
    }

    @Test void noSslIsFineWhenTheUpstreamDoesNotRequireIt() {
        Topology t = new PlanBuilder().root("hq").downstream("ber", "hq").build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }
}
