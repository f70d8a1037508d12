package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class UpstreamLoopRuleTest {
    private final UpstreamLoopRule rule = new UpstreamLoopRule();

    @Test void flagsEveryServerOfALoopButNotServersHangingOffIt() {
        Topology t = new PlanBuilder().downstream("a", "c").downstream("b", "a").downstream("c", "b")
                .downstream("tail", "a").downstream("tail2", "tail").root("hq").build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(List.of("a", "b", "c"), findings.stream().map(Finding::serverId).toList());
        Finding a = findings.get(0);
        assertEquals("TOP-01", a.ruleId());
        assertEquals(Severity.ERROR, a.severity());
        assertEquals(Set.of("b", "c"), new HashSet<>(a.related()));
        assertTrue(a.message().contains("c" + PlanBuilder.DOMAIN), a.message());
        assertTrue(a.message().contains("3 servers"), a.message());
    }

    @Test void flagsAServerSyncingFromItself() {
        Topology t = new PlanBuilder().downstream("self", "self").build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        assertEquals(List.of(), findings.get(0).related());
        assertTrue(findings.get(0).message().contains("syncs from itself"));
    }

    @Test void acceptsTreesAndDanglingChains() {
        Topology t = new PlanBuilder().root("hq").downstream("a", "hq").downstream("b", "a")
                .downstream("lost", "gone").downstream("lost2", "lost").build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void aLoopBrokenByMicrosoftUpdateIsNoLoop() {
        Topology t = new PlanBuilder().downstream("a", "b").downstream("b", "a").build();
        assertEquals(List.of("a", "b"), RuleCheck.flagged(rule, t));
        t.server("a").setSyncFromUpstream(false);
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void caseTheCheckStartsInsideTheTailBeforeTheLoop() {
        Topology t = new PlanBuilder().downstream("tail", "a").downstream("a", "b").downstream("b", "a").build();
        assertEquals(List.of("a", "b"), RuleCheck.flagged(rule, t));
    }
}
