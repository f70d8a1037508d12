package net.wsustopology.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

/**
 * Checks the analytic worst case against a plain simulation: a release at every half minute of
 * the day, each server starting its first sync at or after the moment its upstream finished.
 * Starts are whole minutes, so the worst half-minute release comes exactly 0.5 min after the
 * supremum the analysis reports (a release just after a root's sync start).
 */
class SyncPropagationBruteForceTest {
    private static final int DURATION = 45;

    @Test
    void analyticWorstCaseMatchesASimulationOverTheWholeDay() {
        Random random = new Random(42);
        for (int plan = 0; plan < 5; plan++) {
            Topology topology = randomPlan(random);
            SyncPropagation analytic = SyncPropagation.of(topology, DURATION);
            for (Server s : topology.servers()) {
                double worst = 0;
                for (int halfMinutes = 1; halfMinutes < 2 * 1440; halfMinutes += 2) {
                    double release = halfMinutes / 2.0;
                    worst = Math.max(worst, finish(topology, s, release) - release);
                }
                assertEquals(Delay.bounded((long) (worst + 0.5)), analytic.delay(s), s.id() + " in plan " + plan);
            }
        }
    }

    private static double finish(Topology topology, Server s, double release) {
        double available = s.isSyncFromUpstream() ? finish(topology, topology.upstreamOf(s), release) : release;
        double best = Double.MAX_VALUE;
        for (int start : s.getSync().startMinutes()) {
            double day = Math.floor((available - start) / 1440.0);
            double candidate = start + day * 1440;
            while (candidate < available) candidate += 1440;
            best = Math.min(best, candidate);
        }
        return best + DURATION;
    }

    private static Topology randomPlan(Random random) {
        Plans plans = new Plans();
        List<Server> servers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Server s = i < 2 ? plans.root("r" + i, "en") : plans.downstream("d" + i, servers.get(random.nextInt(servers.size())), "en");
            Plans.daily(s, String.format("%02d:%02d", random.nextInt(24), random.nextInt(60)), 1 + random.nextInt(6));
            servers.add(s);
        }
        return plans.topology();
    }
}
