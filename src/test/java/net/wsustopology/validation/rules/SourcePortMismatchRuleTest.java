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

class SourcePortMismatchRuleTest {
    private final SourcePortMismatchRule rule = new SourcePortMismatchRule();

    @Test void flagsAPortThatIsNotTheUpstreamsHttpPort() {
        Topology t = new PlanBuilder().root("hq").downstream("ber", "hq").with(s -> s.setSourcePort(8531)).build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("NET-03", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("ber", f.serverId());
        assertEquals(List.of("hq"), f.related());
        assertTrue(f.message().contains("HTTP on port 8530"), f.message());
    }

    @Test void withSslTheUpstreamsHttpsPortIsExpected() {
        Topology t = new PlanBuilder().root("hq").downstream("ber", "hq").with(s -> s.setUseSsl(true)).build();
        assertEquals(List.of("ber"), RuleCheck.flagged(rule, t));
        t.server("ber").setSourcePort(8531);
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void followsTheUpstreamsOwnPorts() {
        Topology t = new PlanBuilder().root("hq").with(s -> { s.setHttpPort(80); s.setHttpsPort(443); })
                .downstream("ber", "hq").build();
        assertEquals(80, t.server("ber").getSourcePort());
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
        t.server("hq").setHttpPort(8080);
        assertEquals(List.of("ber"), RuleCheck.flagged(rule, t));
    }

    @Test void skipsMissingUpstreamsAndMissingPorts() {
        Topology t = new PlanBuilder().root("hq").downstream("lost", "gone").with(s -> s.setSourcePort(1))
                .downstream("ber", "hq").with(s -> s.setSourcePort(null)).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }
}
