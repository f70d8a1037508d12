package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidHostNameRuleTest {
    private final InvalidHostNameRule rule = new InvalidHostNameRule();

    @Test void flagsAnEmptyNameAndNamesTheServerByItsId() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setName("")).build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("NET-02", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("hq", f.serverId());
        assertTrue(f.message().contains("Server hq has no name"), f.message());
    }

    @Test void namesTheBadLabel() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setName("wsus_01.corp")).build();
        String message = RuleCheck.all(rule, t).get(0).message();
        assertTrue(message.startsWith("Server hq is named \"wsus_01.corp\""), message);
        assertTrue(message.contains("the label \"wsus_01\""), message);
    }

    @Test void flagsAMissingName() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setName(null)).build();
        assertEquals(List.of("hq"), RuleCheck.flagged(rule, t));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "wsus 01", "-wsus", "wsus-", "wsus..corp", "wsus.", ".wsus", "wsus_01", "wsüs",
            "a.-b.c", "a.b-.c"})
    void rejectsInvalidHostNames(String name) {
        assertNotNull(InvalidHostNameRule.problem(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wsus01", "WSUS-01.Corp.Contoso.com", "a", "1.2.3.4", "x-y.z9"})
    void acceptsValidHostNames(String name) {
        assertNull(InvalidHostNameRule.problem(name), name);
    }

    @Test void limitsLabelsTo63AndNamesTo255Characters() {
        String label63 = "a".repeat(63);
        assertNull(InvalidHostNameRule.problem(label63 + ".com"));
        assertNotNull(InvalidHostNameRule.problem(label63 + "a.com"));
        String name255 = String.join(".", label63, label63, label63, "a".repeat(63));
        assertEquals(255, name255.length());
        assertNull(InvalidHostNameRule.problem(name255));
        assertTrue(InvalidHostNameRule.problem(name255 + "a").contains("256 characters"));
    }
}
