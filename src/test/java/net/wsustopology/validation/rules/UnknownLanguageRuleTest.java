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

class UnknownLanguageRuleTest {
    private final UnknownLanguageRule rule = new UnknownLanguageRule();

    @Test void flagsCodesTheConsoleDoesNotOffer() {
        Topology t = new PlanBuilder().root("hq")
                .with(s -> s.setLanguages(LanguageSelection.of(List.of("en", "klingon", "pt-br", "xx")))).build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("LNG-03", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("hq", f.serverId());
        assertTrue(f.message().contains("codes klingon, xx, which"), f.message());
    }

    @Test void acceptsEveryCatalogCodeInAnyCase() {
        Topology t = new PlanBuilder().root("hq")
                .with(s -> s.setLanguages(LanguageSelection.of(List.of("EN", "ja-NEC", "zh-tw", "no")))).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void ignoresReplicasAndAllLanguages() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setLanguages(LanguageSelection.of(true, List.of("qq"))))
                .replica("rep", "hq").with(s -> s.setLanguages(LanguageSelection.of(List.of("qq")))).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }
}
