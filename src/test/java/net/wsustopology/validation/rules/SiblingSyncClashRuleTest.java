package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class SiblingSyncClashRuleTest {
    private final SiblingSyncClashRule rule = new SiblingSyncClashRule();

    private static SyncSchedule at(String time) { return new SyncSchedule(true, time, 1); }

    @Test void flagsBothSiblingsStartingLessThan15MinutesApart() {
        Topology t = new PlanBuilder().root("hq")
                .downstream("a", "hq").with(s -> s.setSync(at("02:00")))
                .downstream("b", "hq").with(s -> s.setSync(at("02:14")))
                .downstream("c", "hq").with(s -> s.setSync(at("02:29"))).build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(List.of("a", "b"), findings.stream().map(Finding::serverId).toList());
        Finding a = findings.get(0);
        assertEquals("SCH-02", a.ruleId());
        assertEquals(Severity.WARNING, a.severity());
        assertEquals(List.of("b"), a.related());
        assertTrue(a.message().contains("14 minutes from b" + PlanBuilder.DOMAIN), a.message());
        assertEquals(List.of("a"), findings.get(1).related());
    }

    @Test void fifteenMinutesApartIsFine() {
        Topology t = new PlanBuilder().root("hq")
                .downstream("a", "hq").with(s -> s.setSync(at("02:00")))
                .downstream("b", "hq").with(s -> s.setSync(at("02:15"))).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void distancesWrapAroundMidnight() {
        Topology t = new PlanBuilder().root("hq")
                .downstream("late", "hq").with(s -> s.setSync(at("23:55")))
                .downstream("early", "hq").with(s -> s.setSync(at("00:05"))).build();
        assertEquals(List.of("late", "early"), RuleCheck.flagged(rule, t));
    }

    @Test void everyStartOfASeveralTimesADayScheduleCounts() {
        Topology t = new PlanBuilder().root("hq")
                .downstream("often", "hq").with(s -> s.setSync(new SyncSchedule(true, "00:30", 4)))
                .downstream("once", "hq").with(s -> s.setSync(at("18:40"))).build();
        assertEquals(List.of("often", "once"), RuleCheck.flagged(rule, t));
    }

    @Test void onlyAutomaticValidSchedulesOfTheSameUpstreamClash() {
        Topology t = new PlanBuilder().root("hq").root("hq2")
                .downstream("a", "hq").with(s -> s.setSync(at("02:00")))
                .downstream("manual", "hq").with(s -> s.setSync(at("02:00").withAutomatic(false)))
                .downstream("broken", "hq").with(s -> s.setSync(new SyncSchedule(true, "02:00", 30)))
                .downstream("other", "hq2").with(s -> s.setSync(at("02:00")))
                .root("root").with(s -> s.setSync(at("02:00"))).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void downstreamsOfAMissingUpstreamAreNoSiblings() {
        Topology t = new PlanBuilder()
                .downstream("a", "gone").with(s -> s.setSync(at("02:00")))
                .downstream("b", "gone").with(s -> s.setSync(at("02:00"))).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void serversNamingNoUpstreamAreNoSiblings() {
        Topology t = new PlanBuilder()
                .downstream("a", "").with(s -> s.setSync(at("02:00")))
                .downstream("b", "").with(s -> s.setSync(at("02:00")))
                .downstream("c", null).with(s -> s.setSync(at("02:00"))).build();
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void agreesWithAPairwiseCheckOnRandomSchedules() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            PlanBuilder b = new PlanBuilder().root("hq");
            int k = 2 + random.nextInt(30);
            for (int i = 0; i < k; i++) {
                SyncSchedule sync = new SyncSchedule(random.nextInt(5) > 0,
                        SyncTimes.format(random.nextInt(1440)), 1 + random.nextInt(random.nextBoolean() ? 3 : 24));
                b.downstream("d" + i, "hq").with(s -> s.setSync(sync));
            }
            Topology t = b.build();
            assertEquals(pairwise(t), RuleCheck.flagged(rule, t), "round " + round);
        }
    }

    private static List<String> pairwise(Topology t) {
        List<String> flagged = new ArrayList<>();
        for (Server s : t.downstreamsOf("hq")) {
            boolean clash = false;
            for (Server o : t.downstreamsOf("hq")) {
                if (o == s) continue;
                for (int m : SyncTimes.starts(s)) for (int n : SyncTimes.starts(o)) {
                    if (Math.min(SyncTimes.minutesAfter(m, n), SyncTimes.minutesAfter(n, m)) < 15) clash = true;
                }
            }
            if (clash) flagged.add(s.id());
        }
        return flagged;
    }

    @Test void relatedListsNeighboursCappedForCrowdedUpstreams() {
        PlanBuilder b = new PlanBuilder().root("hq");
        for (int i = 0; i < 1500; i++) b.downstream("d" + i, "hq").with(s -> s.setSync(at("03:00")));
        Topology t = b.build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1500, findings.size());
        assertTrue(findings.stream().allMatch(f -> !f.related().isEmpty() && f.related().size() <= RelatedServers.MAX));
    }
}
