package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class PortOutOfRangeRuleTest {
    private final PortOutOfRangeRule rule = new PortOutOfRangeRule();

    @Test void listsEveryBadPortOfTheServerInOneFinding() {
        Topology t = new PlanBuilder().root("hq").downstream("ber", "hq").with(s -> {
            s.setSourcePort(70000);
            s.setHttpPort(0);
            s.setProxy(ProxySettings.NONE.withEnabled(true).withServer("proxy").withPort(-1));
        }).build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("NET-01", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("ber", f.serverId());
        assertTrue(f.message().contains("update source port 70000"), f.message());
        assertTrue(f.message().contains("HTTP port 0"), f.message());
        assertTrue(f.message().contains("proxy port -1"), f.message());
    }

    @Test void flagsTheHttpsPort() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setHttpsPort(65536)).build();
        assertEquals(List.of("hq"), RuleCheck.flagged(rule, t));
    }

    @Test void acceptsTheEdgesOfTheRange() {
        Topology t = new PlanBuilder().root("hq").with(s -> { s.setHttpPort(1); s.setHttpsPort(65535); }).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void ignoresADisabledProxyAndAKeptSourcePortOfARoot() {
        Topology t = new PlanBuilder().root("hq").with(s -> {
            s.setSourcePort(0);
            s.setProxy(ProxySettings.NONE.withPort(0));
        }).downstream("ber", "hq").with(s -> s.setSourcePort(null)).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }
}
