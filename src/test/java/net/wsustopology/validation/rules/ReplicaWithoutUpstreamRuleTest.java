package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class ReplicaWithoutUpstreamRuleTest {
    private final ReplicaWithoutUpstreamRule rule = new ReplicaWithoutUpstreamRule();

    @Test void flagsAReplicaSyncingFromMicrosoftUpdate() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setReplica(true)).build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        assertEquals("TOP-03", findings.get(0).ruleId());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("hq", findings.get(0).serverId());
    }

    @Test void acceptsReplicasOfAnUpstreamAndAutonomousRoots() {
        Topology t = new PlanBuilder().root("hq").replica("rep", "hq").replica("lost", "gone").build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }
}
