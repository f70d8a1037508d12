package net.wsustopology.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.wsustopology.command.Command;
import net.wsustopology.command.Edits;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.Validator;
import org.junit.jupiter.api.Test;

class StaggerTest {
    private static List<Finding> schedule(Topology t) {
        return new Validator().validate(t).stream().filter(f -> f.ruleId().startsWith("SCH")).toList();
    }

    @Test void threeRegionSampleWithEveryStartAt0200EndsWithoutScheduleFindings() throws Exception {
        Topology t = TopologyFiles.load(Path.of("sample-topologies/three-region-enterprise.wsus.json"));
        for (Server s : t.servers()) s.setSync(new SyncSchedule(true, "02:00", s.getSync().perDay()));
        assertFalse(schedule(t).isEmpty());
        String before = TopologyFiles.toJson(t);

        Stagger.Plan plan = Stagger.plan(t, t.servers(), FixSettings.DEFAULT);
        assertEquals(List.of(), plan.problems());
        Command c = Stagger.command(new Edits(t), plan);
        c.execute();
        assertEquals(List.of(), schedule(t));
        for (Server s : t.servers()) {
            Server up = t.upstreamOf(s);
            if (up == null) continue;
            int gap = Math.floorMod(s.getSync().firstSyncMinute().getAsInt() - up.getSync().firstSyncMinute().getAsInt(), 1440);
            assertTrue(gap >= 30 + FixSettings.DEFAULT_DURATION_MINUTES, s.id() + " starts " + gap + " min after its upstream");
        }
        assertTrue(plan.worstAfter().minutes() < plan.worstBefore().minutes(),
                plan.worstBefore() + " -> " + plan.worstAfter());
        c.undo();
        assertEquals(before, TopologyFiles.toJson(t));
    }

    @Test void keepsSyncsPerDayAndStaysInsideTheWindow() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setSync(new SyncSchedule(true, "12:00", 2)))
                .downstreams("d", 6, "hq").build();
        for (Server s : t.servers()) if (s.isSyncFromUpstream()) s.setSync(new SyncSchedule(true, "12:00", 1));
        FixSettings night = new FixSettings(30, 18 * 60, 6 * 60);
        Stagger.Plan plan = Stagger.plan(t, t.servers(), night);
        Stagger.command(new Edits(t), plan).execute();
        assertEquals(List.of(), schedule(t));
        for (Server s : t.servers()) {
            assertTrue(night.allows(s.getSync().firstSyncMinute().getAsInt()), s.id() + " at " + s.getSync().firstSyncUtc());
            assertEquals(s.isSyncFromUpstream() ? 1 : 2, s.getSync().perDay());
        }
    }

    @Test void thirtySiblingsSyncing24TimesADayGetTheBestSpreadAndASentence() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setSync(new SyncSchedule(true, "00:00", 1)))
                .downstreams("d", 30, "hq").build();
        for (Server s : t.servers()) if (s.isSyncFromUpstream()) s.setSync(new SyncSchedule(true, "02:00", 24));
        Stagger.Plan plan = Stagger.plan(t, t.servers(), FixSettings.DEFAULT);
        assertFalse(plan.problems().isEmpty());
        assertTrue(plan.problems().get(0).contains("only 4 can start 15 minutes apart in each 60-minute interval"), plan.problems().get(0));
        Stagger.command(new Edits(t), plan).execute();
        // four starts fit in each hour: the thirty share them evenly (eight at most on one) instead of crowding one
        java.util.Map<String, Long> perStart = new java.util.TreeMap<>();
        for (Server s : t.servers()) if (s.isSyncFromUpstream()) perStart.merge(s.getSync().firstSyncUtc(), 1L, Long::sum);
        assertTrue(perStart.size() >= 4, "spread over only " + perStart);
        assertTrue(perStart.values().stream().allMatch(n -> n <= 8), "crowded: " + perStart);
        assertTrue(plan.findingsAfter() <= plan.findingsBefore(), plan.findingsBefore() + " -> " + plan.findingsAfter());
    }

    @Test void ninetyNineBranchesPerHubShareOnlyTheStartsTheDayLacksAndNeverAddFindings() {
        PlanBuilder builder = new PlanBuilder().root("hq").with(s -> s.setSync(new SyncSchedule(true, "00:00", 1)));
        for (int h = 1; h <= 3; h++) {
            builder.downstream("hub" + h, "hq").with(s -> s.setSync(new SyncSchedule(true, "01:00", 1)));
            for (int b = 1; b <= 99; b++) {
                int minute = (b * 7) % 1440;
                builder.downstream("hub" + h + "-b" + b, "hub" + h)
                        .with(s -> s.setSync(new SyncSchedule(true, String.format("%02d:%02d", minute / 60, minute % 60), 1)));
            }
        }
        Topology t = builder.build();
        int before = schedule(t).size();
        Stagger.Plan plan = Stagger.plan(t, t.servers(), FixSettings.DEFAULT);
        assertEquals(before, plan.findingsBefore());
        Stagger.command(new Edits(t), plan).execute();
        List<Finding> after = schedule(t);
        assertEquals(plan.findingsAfter(), after.size());
        // a day has 96 starts 15 minutes apart, two of them too soon after the hub: 94 branches get one of their own,
        // the other five at most double up (SCH-02 on both) or take the hub's half hour (SCH-03)
        for (int h = 1; h <= 3; h++) {
            String hub = "hub" + h;
            long flagged = after.stream().filter(f -> t.upstreamOf(t.server(f.serverId())) == t.server(hub)).count();
            assertTrue(flagged <= 10, hub + " has " + flagged + " schedule findings below it: " + after);
        }
        assertTrue(after.size() < before, before + " -> " + after.size());
    }

    @Test void onRandomPlansStaggeringNeverLeavesMoreScheduleFindings() {
        for (long seed = 1; seed <= 40; seed++) {
            Topology t = new net.wsustopology.validation.RandomPlans(seed).plan(40);
            int before = (int) new Validator().validate(t).stream().filter(f -> f.ruleId().equals("SCH-02") || f.ruleId().equals("SCH-03")).count();
            Stagger.Plan plan = Stagger.plan(t, t.servers(), FixSettings.DEFAULT);
            Stagger.command(new Edits(t), plan).execute();
            int after = (int) new Validator().validate(t).stream().filter(f -> f.ruleId().equals("SCH-02") || f.ruleId().equals("SCH-03")).count();
            assertEquals(before, plan.findingsBefore(), "seed " + seed);
            assertEquals(after, plan.findingsAfter(), "seed " + seed);
            assertTrue(after <= before, "seed " + seed + ": " + before + " -> " + after);
        }
    }

    @Test void onlyTheSelectionMovesAndTheOthersAreWorkedAround() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setSync(new SyncSchedule(true, "00:00", 1)))
                .downstream("a", "hq").with(s -> s.setSync(new SyncSchedule(true, "01:00", 1)))
                .downstream("b", "hq").with(s -> s.setSync(new SyncSchedule(true, "01:00", 1))).build();
        Stagger.Plan plan = Stagger.plan(t, List.of(t.server("b")), FixSettings.DEFAULT);
        assertEquals(1, plan.times().size());
        assertEquals("01:15", plan.times().get(t.server("b")));
    }
}
