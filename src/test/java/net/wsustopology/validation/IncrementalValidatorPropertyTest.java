package net.wsustopology.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
            history.add(plans.edit(topology));
            incremental.flush();
            assertTrue(incremental.pending().isEmpty());
            assertSameFindings(topology, incremental, "seed " + seed + " step " + step + " after "
                    + history.subList(Math.max(0, history.size() - 5), history.size()));
        }
    }

    private static void assertSameFindings(Topology topology, IncrementalValidator incremental, String when) {
        List<Finding> expected = sorted(new Validator().validate(topology));
        Findings findings = incremental.findings();
        List<Finding> actual = sorted(findings.all(topology));
        if (!expected.equals(actual)) {
            List<Finding> missing = new ArrayList<>(expected);
            actual.forEach(missing::remove);
            List<Finding> stale = new ArrayList<>(actual);
            expected.forEach(stale::remove);
            assertEquals(expected, actual, when + "\nmissing: " + missing + "\nstale: " + stale);
        }
        assertEquals(expected.size(), findings.total(), when);
        for (Severity s : Severity.values()) {
            assertEquals(expected.stream().filter(f -> f.severity() == s).count(), findings.count(s), when + " " + s);
        }
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(Comparator.comparing(Finding::toString));
        return copy;
    }
}
