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

class InvalidScheduleRuleTest {
    private final InvalidScheduleRule rule = new InvalidScheduleRule();

    private static Topology schedule(SyncSchedule sync) {
        return new PlanBuilder().root("hq").with(s -> s.setSync(sync)).build();
    }

    @Test void flagsPerDayOutsideOneToTwentyFour() {
        List<Finding> findings = RuleCheck.all(rule, schedule(new SyncSchedule(true, "02:00", 25)));
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("SCH-01", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("hq", f.serverId());
        assertTrue(f.message().contains("25 times a day"), f.message());
        assertEquals(List.of("hq"), RuleCheck.flagged(rule, schedule(new SyncSchedule(true, "02:00", 0))));
    }

    @Test void flagsAFirstSyncTimeThatIsNotHhMm() {
        for (String time : new String[] {"24:00", "2:00", "02:60", "ab:cd", "", "02-00"}) {
            List<Finding> findings = RuleCheck.all(rule, schedule(new SyncSchedule(true, time, 1)));
            assertEquals(1, findings.size(), time);
            assertTrue(findings.get(0).message().contains("\"" + time + "\""), findings.get(0).message());
        }
    }

    @Test void acceptsValidSchedulesAndIgnoresManualOnes() {
        assertEquals(List.of(), RuleCheck.flagged(rule, schedule(new SyncSchedule(true, "23:59", 24))));
        assertEquals(List.of(), RuleCheck.flagged(rule, schedule(new SyncSchedule(true, "00:00", 1))));
        assertEquals(List.of(), RuleCheck.flagged(rule, schedule(new SyncSchedule(false, "99:99", 0))));
    }
}
