package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class ProxyRulesTest {
    private static final ProxySettings GOOD = new ProxySettings(true, "proxy.corp", 8080, true, "svc", "CORP", false);

    private static Topology withProxy(ProxySettings proxy) {
        return new PlanBuilder().root("hq").with(s -> s.setProxy(proxy)).build();
    }

    private static void assertFlagsHq(Rule rule, ProxySettings proxy, String id, Severity severity) {
        List<Finding> findings = RuleCheck.all(rule, withProxy(proxy));
        assertEquals(1, findings.size());
        assertEquals(id, findings.get(0).ruleId());
        assertEquals(severity, findings.get(0).severity());
        assertEquals("hq", findings.get(0).serverId());
    }

    @Test void prx01FlagsAnEnabledProxyWithoutServer() {
        Rule rule = new ProxyWithoutServerRule();
        assertFlagsHq(rule, GOOD.withServer(" "), "PRX-01", Severity.ERROR);
        assertEquals(List.of(), RuleCheck.flagged(rule, withProxy(GOOD)));
        assertEquals(List.of(), RuleCheck.flagged(rule, withProxy(GOOD.withServer("").withEnabled(false))));
    }

    @Test void prx02FlagsCredentialsWithoutUser() {
        Rule rule = new ProxyCredentialsWithoutUserRule();
        assertFlagsHq(rule, GOOD.withUser(""), "PRX-02", Severity.ERROR);
        assertEquals(List.of(), RuleCheck.flagged(rule, withProxy(GOOD)));
        assertEquals(List.of(), RuleCheck.flagged(rule, withProxy(GOOD.withUser("").withUseCredentials(false))));
        assertEquals(List.of(), RuleCheck.flagged(rule, withProxy(GOOD.withUser("").withEnabled(false))));
    }

    @Test void prx03FlagsBasicAuthenticationWithCredentials() {
        Rule rule = new ProxyBasicAuthRule();
        assertFlagsHq(rule, GOOD.withAllowBasicAuth(true), "PRX-03", Severity.WARNING);
        assertEquals(List.of(), RuleCheck.flagged(rule, withProxy(GOOD)));
        assertEquals(List.of(), RuleCheck.flagged(rule,
                withProxy(GOOD.withAllowBasicAuth(true).withUseCredentials(false))));
        assertEquals(List.of(), RuleCheck.flagged(rule, withProxy(GOOD.withAllowBasicAuth(true).withEnabled(false))));
    }
}
