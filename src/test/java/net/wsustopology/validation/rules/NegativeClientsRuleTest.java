package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class NegativeClientsRuleTest {
    private final NegativeClientsRule rule = new NegativeClientsRule();

    @Test void flagsANegativeNumberOfClients() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setClients(-5))
                .root("ok").with(s -> s.setClients(0)).build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        assertEquals("CAP-02", findings.get(0).ruleId());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("hq", findings.get(0).serverId());
    }
}
