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

class LanguageNotOnUpstreamRuleTest {
    private final LanguageNotOnUpstreamRule rule = new LanguageNotOnUpstreamRule();

    @Test void flagsAutonomousDownstreamSelectingALanguageTheUpstreamLacks() {
        Topology t = new PlanBuilder().root("hq").downstream("ber", "hq")
                .with(s -> s.setLanguages(LanguageSelection.of(List.of("en", "de")))).build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("LNG-01", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("ber", f.serverId());
        assertEquals(List.of("hq"), f.related());
        assertTrue(f.message().contains("de"), f.message());
        assertTrue(f.message().contains("hq" + PlanBuilder.DOMAIN), f.message());
    }

    @Test void followsReplicaChainsForTheUpstreamsEffectiveLanguages() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setLanguages(LanguageSelection.of(List.of("en", "fr"))))
                .replica("rep", "hq").with(s -> s.setLanguages(LanguageSelection.ALL))
                .downstream("leaf", "rep").with(s -> s.setLanguages(LanguageSelection.of(List.of("fr")))).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
        t.server("hq").setLanguages(LanguageSelection.ENGLISH);
        assertEquals(List.of("leaf"), RuleCheck.flagged(rule, t));
    }

    @Test void allLanguagesDownstreamNeedsAnAllLanguagesUpstream() {
        Topology t = new PlanBuilder().root("hq").downstream("ber", "hq")
                .with(s -> s.setLanguages(LanguageSelection.ALL)).build();
        assertEquals(List.of("ber"), RuleCheck.flagged(rule, t));
        t.server("hq").setLanguages(LanguageSelection.ALL);
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void ignoresReplicasRootsAndDanglingUpstreams() {
        Topology t = new PlanBuilder().root("hq")
                .replica("rep", "hq").with(s -> s.setLanguages(LanguageSelection.of(List.of("ja"))))
                .downstream("lost", "nowhere").with(s -> s.setLanguages(LanguageSelection.of(List.of("ja"))))
                .build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }
}
