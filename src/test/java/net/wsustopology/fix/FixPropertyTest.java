package net.wsustopology.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import net.wsustopology.command.Command;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.IncrementalValidator;
import net.wsustopology.validation.RandomPlans;
import net.wsustopology.validation.Validator;
import org.junit.jupiter.api.Test;

/** Applying any offered fix, in any order, keeps the live findings equal to a full check, and undo-all returns the plan. */
class FixPropertyTest {
    @Test void everyOfferedFixKeepsIncrementalEqualToFullAndUndoesCleanly() {
        for (long seed = 1; seed <= 12; seed++) {
            RandomPlans plans = new RandomPlans(seed);
            Random random = plans.random();
            Topology t = plans.plan(25);
            String original = TopologyFiles.toJson(t);
            IncrementalValidator live = new IncrementalValidator(t);
            QuickFixes fixes = new QuickFixes(t);
            List<Command> done = new ArrayList<>();
            for (int step = 0; step < 60; step++) {
                List<Finding> current = live.findings().all(t);
                if (current.isEmpty()) break;
                List<QuickFix> offered = fixes.of(current.get(random.nextInt(current.size())));
                List<QuickFix> applicable = offered.stream().filter(f -> f.kind() != QuickFix.Kind.CHOOSE).toList();
                if (applicable.isEmpty()) continue;
                QuickFix fix = applicable.get(random.nextInt(applicable.size()));
                Command c = fix.command();
                c.execute();
                done.add(c);
                live.flush();
                assertEquals(new HashSet<>(new Validator().validate(t)), new HashSet<>(live.findings().all(t)),
                        "seed " + seed + " after " + fix.label());
            }
            for (int i = done.size() - 1; i >= 0; i--) done.get(i).undo();
            assertEquals(original, TopologyFiles.toJson(t), "seed " + seed + ": undo of every fix");
            live.detach();
        }
    }
}
