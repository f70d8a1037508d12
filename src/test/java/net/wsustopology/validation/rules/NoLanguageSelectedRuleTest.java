package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class NoLanguageSelectedRuleTest {
    private final NoLanguageSelectedRule rule = new NoLanguageSelectedRule();

    @Test void flagsAServerWithNoLanguage() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setLanguages(LanguageSelection.of(List.of()))).build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        assertEquals("LNG-02", findings.get(0).ruleId());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("hq", findings.get(0).serverId());
        assertTrue(findings.get(0).message().startsWith("hq" + PlanBuilder.DOMAIN));
    }

    @Test void acceptsAllLanguagesOrAtLeastOneCode() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setLanguages(LanguageSelection.ALL))
                .root("b").with(s -> s.setLanguages(LanguageSelection.of(List.of("xx")))).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void ignoresAReplicasOwnLanguages() {
        Topology t = new PlanBuilder().root("hq")
                .replica("rep", "hq").with(s -> s.setLanguages(LanguageSelection.of(List.of()))).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
        t.server("rep").setReplica(false);
        assertEquals(List.of("rep"), RuleCheck.flagged(rule, t));
    }
}
