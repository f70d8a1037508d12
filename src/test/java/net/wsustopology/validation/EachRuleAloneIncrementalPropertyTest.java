package net.wsustopology.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.wsustopology.model.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule by itself keeps incremental findings equal to a full pass after random edits. With all
 * rules together, a rule that forgets to declare a read can pass because another rule declares it
 * (NET-04 quoted the upstream's HTTPS port that only NET-03 declared); alone it cannot hide.
 */
class EachRuleAloneIncrementalPropertyTest {
    static Stream<Rule> rules() { return Rules.all().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void incrementalEqualsFullForThisRuleAlone(Rule rule) {
        for (long seed : new long[] {1, 7, 2027}) {
            RandomPlans plans = new RandomPlans(seed);
            Topology topology = plans.plan(40);
            Validator alone = new Validator(List.of(rule));
            IncrementalValidator incremental = new IncrementalValidator(topology, alone);
            List<String> history = new ArrayList<>();
            for (int step = 0; step < 250; step++) {
                int edits = plans.random().nextInt(4) == 0 ? 2 + plans.random().nextInt(3) : 1;
                for (int i = 0; i < edits; i++) history.add(plans.edit(topology));
                incremental.flush();
                Map<Finding, Integer> expected = multiset(alone.validate(topology));
                Map<Finding, Integer> actual = multiset(incremental.findings().all(topology));
                assertEquals(expected, actual, rule.id() + " seed " + seed + " step " + step + " after "
                        + history.subList(Math.max(0, history.size() - 4), history.size()));
            }
            incremental.detach();
        }
    }

    private static Map<Finding, Integer> multiset(List<Finding> findings) {
        Map<Finding, Integer> counts = new HashMap<>();
        for (Finding f : findings) counts.merge(f, 1, Integer::sum);
        return counts;
    }
}
