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

class HttpsPortNotPairedRuleTest {
    private final HttpsPortNotPairedRule rule = new HttpsPortNotPairedRule();

    @Test void flagsAnHttpsPortThatIsNotHttpPlusOne() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setHttpsPort(443)).build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("NET-05", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("hq", f.serverId());
        assertTrue(f.message().contains("Set the HTTPS port to 8531"), f.message());
    }

    @Test void acceptsPlusOneAndTheClassicPair() {
        Topology t = new PlanBuilder().root("a").with(s -> { s.setHttpPort(80); s.setHttpsPort(443); })
                .root("b").with(s -> { s.setHttpPort(8080); s.setHttpsPort(8081); }).root("c").build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void port80WithAnotherHttpsPortSuggests443() {
        Topology t = new PlanBuilder().root("a").with(s -> { s.setHttpPort(80); s.setHttpsPort(8531); }).build();
        assertTrue(RuleCheck.all(rule, t).get(0).message().contains("to 443"));
    }
}
