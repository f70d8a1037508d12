package net.wsustopology.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RandomPlans;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Rules;
import net.wsustopology.validation.Validator;
import org.junit.jupiter.api.Test;

/** Every finding either offers its fix or says in one sentence why there is none (issue 22, item 6). */
class NoFixReasonsTest {
    @Test void everyRuleHasAFixerOrItsOwnReason() {
        for (Rule rule : Rules.all()) assertTrue(QuickFixes.hasFixerOrReason(rule.id()), rule.id() + " has neither a fixer nor a reason");
    }

    @Test void onRandomPlansEachFindingHasFixesOrAReasonNeverBoth() {
        for (long seed = 1; seed <= 30; seed++) {
            Topology t = new RandomPlans(seed).plan(30);
            QuickFixes fixes = new QuickFixes(t);
            for (Finding f : new Validator().validate(t)) {
                boolean hasFixes = !fixes.of(f).isEmpty();
                Optional<String> why = fixes.whyNone(f);
                assertEquals(!hasFixes, why.isPresent(), "seed " + seed + " " + f);
                why.ifPresent(text -> assertTrue(text.startsWith("No fix: ") && text.endsWith(".") && !text.contains("\n"), text));
            }
        }
    }

    @Test void aNonAsciiHostNameSaysOnlyTheUserKnowsTheName() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setName("wsus-zürich.corp.example.com")).build();
        Finding net02 = only(t, "NET-02");
        assertEquals(List.of(), new QuickFixes(t).of(net02));
        assertTrue(new QuickFixes(t).whyNone(net02).orElseThrow().contains("only you know the server's real host name"));
    }

    @Test void siblingsThatFillEveryFifteenMinuteSlotSayThereIsNoFreeStart() {
        PlanBuilder plan = new PlanBuilder().root("hq");
        for (int i = 0; i < 100; i++) {
            String start = SyncSlots.format(i < 96 ? i * 15 : 120);
            plan.downstream("b" + i, "hq").with(s -> s.setSync(new SyncSchedule(true, start, 1)));
        }
        Topology t = plan.build();
        QuickFixes fixes = new QuickFixes(t);
        long withoutFix = new Validator().validate(t).stream().filter(f -> f.ruleId().equals("SCH-02"))
                .filter(f -> fixes.of(f).isEmpty()).peek(f -> assertTrue(fixes.whyNone(f).orElseThrow().contains("no start in the day"))).count();
        assertTrue(withoutFix > 0, "100 siblings cannot all get a slot of their own in 96");
    }

    private static Finding only(Topology t, String rule) {
        return new Validator().validate(t).stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow();
    }
}
