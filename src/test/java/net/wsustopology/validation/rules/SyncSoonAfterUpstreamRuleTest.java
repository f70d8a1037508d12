package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class SyncSoonAfterUpstreamRuleTest {
    private final SyncSoonAfterUpstreamRule rule = new SyncSoonAfterUpstreamRule();

    private static SyncSchedule at(String time) { return new SyncSchedule(true, time, 1); }

    private static Topology plan(SyncSchedule upstream, SyncSchedule downstream) {
        return new PlanBuilder().root("hq").with(s -> s.setSync(upstream))
                .downstream("ber", "hq").with(s -> s.setSync(downstream)).build();
    }

    @Test void flagsADownstreamStartingWithin30MinutesAfterItsUpstream() {
        List<Finding> findings = RuleCheck.all(rule, plan(at("02:00"), at("02:29")));
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("SCH-03", f.ruleId());
        assertEquals(Severity.INFO, f.severity());
        assertEquals("ber", f.serverId());
        assertEquals(List.of("hq"), f.related());
        assertTrue(f.message().contains("29 minutes after its upstream hq" + PlanBuilder.DOMAIN), f.message());
    }

    @Test void theWindowIsZeroInclusiveToThirtyExclusive() {
        assertEquals(List.of("ber"), RuleCheck.flagged(rule, plan(at("02:00"), at("02:00"))));
        assertEquals(List.of(), RuleCheck.flagged(rule, plan(at("02:00"), at("02:30"))));
        assertEquals(List.of(), RuleCheck.flagged(rule, plan(at("02:00"), at("01:59"))));
    }

    @Test void wrapsAroundMidnightAndChecksEveryStart() {
        assertEquals(List.of("ber"), RuleCheck.flagged(rule, plan(at("23:50"), at("00:10"))));
        assertEquals(List.of("ber"), RuleCheck.flagged(rule,
                plan(new SyncSchedule(true, "01:00", 3), at("17:20"))));
    }

    @Test void needsTwoAutomaticValidSchedules() {
        assertEquals(List.of(), RuleCheck.flagged(rule, plan(at("02:00").withAutomatic(false), at("02:10"))));
        assertEquals(List.of(), RuleCheck.flagged(rule, plan(at("02:00"), at("02:10").withAutomatic(false))));
        assertEquals(List.of(), RuleCheck.flagged(rule, plan(at("2:00"), at("02:10"))));
    }
}
