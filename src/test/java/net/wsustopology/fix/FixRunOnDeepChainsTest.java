package net.wsustopology.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.model.TopologyListener;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Rules;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;
import net.wsustopology.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * `fix` on a chain (each server syncs from the one before): every server deeper than the maximum
 * gets a "move up a tier" fix, and each move re-tiers everything below the moved server. The run
 * must stay linear in the depth, so the work is counted here: how often a rule checks a server.
 */
class FixRunOnDeepChainsTest {
    /** A rule that counts its checks and otherwise is the rule it wraps. */
    private record Counted(Rule rule, int[] checks) implements Rule {
        @Override public String id() { return rule.id(); }
        @Override public Severity severity() { return rule.severity(); }
        @Override public List<Reads> reads() { return rule.reads(); }
        @Override public boolean readsLanguages() { return rule.readsLanguages(); }

        @Override public void check(Server server, ValidationContext context, Consumer<Finding> out) {
            checks[0]++;
            rule.check(server, context, out);
        }
    }

    @Test
    void eachServerOfAChainTwoThousandDeepIsCheckedAFewTimesNotOncePerFixTried() {
        int depth = 2_000;
        Topology chain = PlanGenerator.chain(depth);
        int[] checks = new int[1];
        List<Rule> counted = new ArrayList<>();
        for (Rule r : Rules.all()) counted.add(new Counted(r, checks));
        FixRun.Result result = new FixRun(chain, Set.of(), FixSettings.DEFAULT, new Validator(counted)).run("Fix");
        assertEquals(depth - 3, result.skipped().size(), "every tier-rule finding's move is tried");
        int serverChecks = checks[0] / counted.size();
        // before: each move tried re-checked everything below it twice, about depth² server checks
        assertTrue(serverChecks < 20 * depth, serverChecks + " server checks for " + depth + " servers");
    }

    @Test
    void fixesTriedOnTheirServerAloneAreNotHeardByThePlansListeners() {
        Topology chain = PlanGenerator.chain(2_000);
        int[] heard = new int[1];
        chain.addListener(new TopologyListener() {
            @Override public void serverChanged(Server s, String property, Object oldValue, Object newValue) { heard[0]++; }
        });
        new FixRun(chain, Set.of(), FixSettings.DEFAULT).run("Fix");
        // before: each of the 1,997 fixes tried was applied and undone in the listeners' hearing (a canvas, the editor's validator)
        assertTrue(heard[0] < 100, heard[0] + " changes heard");
    }

    @Test
    void aChainFiftyThousandDeepIsFixedAndLeftAsItWas() {
        Topology chain = PlanGenerator.chain(50_000);
        FixRun.Result result = new FixRun(chain, Set.of(), FixSettings.DEFAULT).run("Fix");
        assertEquals(List.of(), result.applied(), "one tier up never brings a server 50,000 deep within the limits");
        assertEquals(49_997, result.skipped().size());
        assertTrue(result.skipped().get(result.skipped().size() - 1).endsWith("skipped: the finding would remain"),
                result.skipped().get(result.skipped().size() - 1));
        for (int i = 1; i < 50_000; i++) assertEquals("s" + (i - 1), chain.servers().get(i).getUpstreamId(), "undone");
    }
}
