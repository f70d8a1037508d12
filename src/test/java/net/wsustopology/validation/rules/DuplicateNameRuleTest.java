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

class DuplicateNameRuleTest {
    private final DuplicateNameRule rule = new DuplicateNameRule();

    @Test void flagsEveryServerSharingANameIgnoringCase() {
        Topology t = new PlanBuilder().root("a").with(s -> s.setName("wsus01.corp"))
                .root("b").with(s -> s.setName("WSUS01.Corp")).root("c").with(s -> s.setName("wsus01.corp"))
                .root("d").build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(List.of("a", "b", "c"), findings.stream().map(Finding::serverId).toList());
        Finding b = findings.get(1);
        assertEquals("NET-06", b.ruleId());
        assertEquals(Severity.ERROR, b.severity());
        assertEquals(List.of("a", "c"), b.related());
        assertTrue(b.message().contains("2 other servers"), b.message());
    }

    @Test void uniqueAndEmptyNamesAreNotDuplicates() {
        Topology t = new PlanBuilder().root("a").root("b").with(s -> s.setName(""))
                .root("c").with(s -> s.setName("")).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void renamingApartClearsTheFinding() {
        Topology t = new PlanBuilder().root("a").root("b").with(s -> s.setName("a" + PlanBuilder.DOMAIN)).build();
        assertEquals(List.of("a", "b"), RuleCheck.flagged(rule, t));
        t.server("b").setName("b" + PlanBuilder.DOMAIN);
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void relatedStaysShortForHugeGroups() {
        PlanBuilder b = new PlanBuilder();
        for (int i = 0; i < 100; i++) b.root("s" + i).with(s -> s.setName("same"));
        Finding f = RuleCheck.on(rule, b.build(), "s0").get(0);
        assertEquals(RelatedServers.MAX, f.related().size());
        assertTrue(f.message().contains("99 other servers"));
    }
}
