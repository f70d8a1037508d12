package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.model.Topology;
import net.wsustopology.model.WsusVersion;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class VersionRulesTest {
    private final DownstreamNewerThanUpstreamRule newer = new DownstreamNewerThanUpstreamRule();
    private final LegacyVersionFromMicrosoftUpdateRule legacy = new LegacyVersionFromMicrosoftUpdateRule();

    @Test void flagsADownstreamNewerThanItsUpstream() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setWsusVersion(WsusVersion.V6_3))
                .downstream("ber", "hq").downstream("old", "hq").with(s -> s.setWsusVersion(WsusVersion.V6_2)).build();
        List<Finding> findings = RuleCheck.all(newer, t);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("VER-01", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("ber", f.serverId());
        assertEquals(List.of("hq"), f.related());
        assertTrue(f.message().contains(WsusVersion.V6_3.displayName()), f.message());
    }

    @Test void sameVersionIsFine() {
        Topology t = new PlanBuilder().root("hq").downstream("ber", "hq").downstream("lost", "gone").build();
        assertEquals(List.of(), RuleCheck.flagged(newer, t));
    }

    @Test void flagsWsus30Sp2SyncingFromMicrosoftUpdate() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setWsusVersion(WsusVersion.V3_SP2))
                .root("new").downstream("old", "new").with(s -> s.setWsusVersion(WsusVersion.V3_SP2)).build();
        List<Finding> findings = RuleCheck.all(legacy, t);
        assertEquals(1, findings.size());
        assertEquals("VER-02", findings.get(0).ruleId());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("hq", findings.get(0).serverId());
    }
}
