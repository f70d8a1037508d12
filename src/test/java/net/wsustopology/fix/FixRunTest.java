package net.wsustopology.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RandomPlans;
import net.wsustopology.validation.Validator;
import org.junit.jupiter.api.Test;

class FixRunTest {
    /** The findings of the rules whose fixes need no choice: what `fix` promises to reduce. */
    private static final Set<String> CHOICE_FREE = Set.of("LNG-01", "LNG-02", "LNG-03", "TOP-03", "TOP-04", "TOP-05",
            "VER-01", "VER-02", "NET-03", "NET-04", "NET-05", "NET-06", "PRX-02", "PRX-03", "SCH-01", "SCH-02", "SCH-03");

    private static long count(Topology t) {
        return new Validator().validate(t).stream().filter(f -> CHOICE_FREE.contains(f.ruleId())).count();
    }

    private static Set<String> keys(List<Finding> findings) {
        Set<String> keys = new HashSet<>();
        for (Finding f : findings) keys.add(f.ruleId() + " " + f.serverId());
        return keys;
    }

    @Test void onRandomPlansTheChoiceFreeFindingsFallByNinetyPercentAndASecondRunChangesNothing() {
        long before = 0;
        long after = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Topology t = new RandomPlans(seed).plan(30);
            before += count(t);
            new FixRun(t, Set.of(), FixSettings.DEFAULT).run("Fix");
            after += count(t);
            String fixed = TopologyFiles.toJson(t);
            FixRun.Result second = new FixRun(t, Set.of(), FixSettings.DEFAULT).run("Fix");
            assertEquals(List.of(), second.applied(), "seed " + seed + ": the second run changed something");
            assertEquals(fixed, TopologyFiles.toJson(t), "seed " + seed);
        }
        assertTrue(before > 200, "random plans should have many fixable findings, had " + before);
        assertTrue(after * 10 <= before, "choice-free findings fell from " + before + " only to " + after);
    }

    @Test void neverAddsAFindingOfAnotherRule() {
        for (long seed = 100; seed < 130; seed++) {
            Topology t = new RandomPlans(seed).plan(25);
            List<Finding> start = new Validator().validate(t);
            Set<String> before = keys(start);
            Set<String> fixedRules = new HashSet<>();
            FixRun.Result result = new FixRun(t, Set.of(), FixSettings.DEFAULT).run("Fix");
            for (String line : result.applied()) fixedRules.add(line.substring(line.lastIndexOf('(') + 1, line.length() - 1));
            for (String key : keys(new Validator().validate(t))) {
                String rule = key.substring(0, key.indexOf(' '));
                assertTrue(before.contains(key) || fixedRules.contains(rule), "seed " + seed + ": fix added " + key);
            }
        }
    }

    @Test void theWholeRunUndoesAsOneStep() {
        Topology t = new RandomPlans(7).plan(40);
        String original = TopologyFiles.toJson(t);
        FixRun.Result result = new FixRun(t, Set.of(), FixSettings.DEFAULT).run("Fix all");
        assertTrue(result.changed());
        String fixed = TopologyFiles.toJson(t);
        result.command().undo();
        assertEquals(original, TopologyFiles.toJson(t));
        result.command().execute();
        assertEquals(fixed, TopologyFiles.toJson(t));
    }

    @Test void onlyTheChosenRules() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setHttpsPort(9000))
                .downstream("ber", "hq").with(s -> s.setLanguages(LanguageSelection.of(List.of("en", "de")))).build();
        FixRun.Result result = new FixRun(t, Set.of("NET-05"), FixSettings.DEFAULT).run("Fix");
        assertEquals(List.of("hq: ports.https 9000 → 8531 (NET-05)"), result.applied());
        assertFalse(new Validator().validate(t).stream().noneMatch(f -> f.ruleId().equals("LNG-01")));
    }

    @Test void aFixThatWouldAddAnotherRulesFindingIsSkippedAndSaid() {
        // moving d4 up to hq would give hq a fourth downstream: FAN-02 at a limit of 4
        Topology t = new PlanBuilder().limits(4, 2, 5).root("hq").downstream("a", "hq").downstream("b", "hq")
                .downstream("c", "a").downstream("d4", "c").build();
        FixRun.Result result = new FixRun(t, Set.of("TOP-04"), FixSettings.DEFAULT).run("Fix");
        assertEquals(1, result.applied().size(), result.applied().toString());
        assertEquals(1, result.skipped().size(), result.skipped().toString());
        assertTrue(result.skipped().get(0).contains("skipped: it would add FAN-02 on hq"), result.skipped().get(0));
    }
}
