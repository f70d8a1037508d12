package net.wsustopology.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RandomPlans;
import net.wsustopology.validation.Validator;
import org.junit.jupiter.api.Test;

/** `fix` reaches a fixed point: a fix is kept only when it removes its finding and adds none, so a second run changes nothing. */
class FixFixedPointTest {
    @Test void aServerThatSyncsFromItselfKeepsItsScheduleBecauseNoShiftRemovesItsSch03() {
        Topology t = new PlanBuilder().root("hq").downstream("self", "self")
                .with(s -> s.setSync(new SyncSchedule(true, "02:00", 1))).build();
        FixRun.Result result = new FixRun(t, Set.of(), FixSettings.DEFAULT).run("Fix");
        assertTrue(result.applied().stream().noneMatch(line -> line.contains("SCH-03")), result.applied().toString());
        assertEquals("02:00", t.server("self").getSync().firstSyncUtc());
    }

    @Test void onRandomPlansOfEverySizeASecondRunChangesNothingAndNoFindingIsAdded() {
        for (long seed = 1; seed <= 120; seed++) {
            RandomPlans plans = new RandomPlans(seed * 7919);
            Topology t = plans.plan(5 + plans.random().nextInt(40));
            Map<String, Integer> before = counts(new Validator().validate(t));
            new FixRun(t, Set.of(), FixSettings.DEFAULT).run("Fix");
            Map<String, Integer> after = counts(new Validator().validate(t));
            for (Map.Entry<String, Integer> e : after.entrySet()) {
                assertTrue(e.getValue() <= before.getOrDefault(e.getKey(), 0),
                        "seed " + seed + ": fix added " + e.getKey() + " (" + before.get(e.getKey()) + " → " + e.getValue() + ")");
            }
            String fixed = TopologyFiles.toJson(t);
            FixRun.Result second = new FixRun(t, Set.of(), FixSettings.DEFAULT).run("Fix");
            assertEquals(List.of(), second.applied(), "seed " + seed + ": the second run changed something");
            assertEquals(fixed, TopologyFiles.toJson(t), "seed " + seed);
        }
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        for (Finding f : findings) counts.merge(f.ruleId() + " on " + f.serverId(), 1, Integer::sum);
        return counts;
    }
}
