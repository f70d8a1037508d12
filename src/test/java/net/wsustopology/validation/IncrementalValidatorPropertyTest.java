package net.wsustopology.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After any sequence of model edits, the incremental findings equal a fresh full validation. */
class IncrementalValidatorPropertyTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2027})
    void incrementalFindingsMatchAFullPassAfterEveryEdit(long seed) {
        RandomPlans plans = new RandomPlans(seed);
        Topology topology = plans.plan(60);
        IncrementalValidator incremental = new IncrementalValidator(topology);
        assertSameFindings(topology, incremental, "initial plan");
        List<String> history = new ArrayList<>();
        for (int step = 0; step < 500; step++) {
            // sometimes several edits before one flush, as a composite command does
            int edits = plans.random().nextInt(4) == 0 ? 2 + plans.random().nextInt(3) : 1;
            for (int i = 0; i < edits; i++) history.add(plans.edit(topology));
            incremental.flush();
            assertTrue(incremental.pending().isEmpty());
            assertSameFindings(topology, incremental, "seed " + seed + " step " + step + " after "
                    + history.subList(Math.max(0, history.size() - 5), history.size()));
        }
    }

    private static void assertSameFindings(Topology topology, IncrementalValidator incremental, String when) {
        List<Finding> fresh = new Validator().validate(topology);
        Findings findings = incremental.findings();
        Map<Finding, Integer> expected = multiset(fresh);
        Map<Finding, Integer> actual = multiset(findings.all(topology));
        if (!expected.equals(actual)) {
            Map<Finding, Integer> missing = new HashMap<>(expected);
            actual.keySet().forEach(missing::remove);
            Map<Finding, Integer> stale = new HashMap<>(actual);
            expected.keySet().forEach(stale::remove);
            assertEquals(expected, actual, when + "\nmissing: " + missing.keySet() + "\nstale: " + stale.keySet());
        }
        assertEquals(fresh, findings.all(topology), when + ": same findings but in another order");
        assertEquals(fresh.size(), findings.total(), when);
        for (Severity s : Severity.values()) {
            assertEquals(fresh.stream().filter(f -> f.severity() == s).count(), findings.count(s), when + " " + s);
        }
    }

    private static Map<Finding, Integer> multiset(List<Finding> findings) {
        Map<Finding, Integer> counts = new HashMap<>();
        for (Finding f : findings) counts.merge(f, 1, Integer::sum);
        return counts;
    }
}
