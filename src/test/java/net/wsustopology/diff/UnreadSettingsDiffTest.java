package net.wsustopology.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.wsustopology.model.Observed;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

/** A setting the collector could not read (observed.unread) is never a difference of that server. */
class UnreadSettingsDiffTest {
    private static Observed read(List<String> unread) {
        return new Observed("2027-03-01T10:15:00Z", "guid", true, null, "Succeeded", null, unread, null);
    }

    @Test
    void requireSslThatTheApiCannotReadIsNoDifference() throws Exception {
        Topology plan = DiffFixtures.planned();
        plan.server("ber").setRequireSsl(true);
        Topology actual = PlanDiffTest.copy(plan);
        actual.server("ber").setRequireSsl(false);
        actual.server("ber").setObserved(read(null));
        assertEquals(List.of("ports.requireSsl: planned true, actual false"),
                PlanDiff.compare(plan, actual).of(plan.server("ber")).stream().map(Difference::describe).toList(),
                "without the list the collected value is compared");

        actual.server("ber").setObserved(read(List.of("ports.requireSsl")));
        assertEquals(List.of(), PlanDiff.compare(plan, actual).of(plan.server("ber")));
    }

    @Test
    void onlyTheListedSettingsOfThatServerAreSkipped() throws Exception {
        Topology plan = DiffFixtures.planned();
        Topology actual = PlanDiffTest.copy(plan);
        actual.server("ber").setSync(actual.server("ber").getSync().withPerDay(4));
        actual.server("ber").setHttpsPort(443);
        actual.server("ber").setObserved(read(List.of("sync.perDay")));
        actual.server("par").setSync(actual.server("par").getSync().withPerDay(4));
        PlanDiff diff = PlanDiff.compare(plan, actual);
        assertEquals(List.of("ports.https: planned 8531, actual 443"), diff.of(plan.server("ber")).stream().map(Difference::describe).toList());
        assertEquals(List.of("sync.perDay: planned 1, actual 4"), diff.of(plan.server("par")).stream().map(Difference::describe).toList());
    }
}
