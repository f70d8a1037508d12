package net.wsustopology.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;

/** SCH-01 (an invalid schedule), SCH-02 and SCH-03 (starts too close to a sibling's or the upstream's). */
final class ScheduleFixes implements Fixer {
    @Override public List<String> ruleIds() { return List.of("SCH-01", "SCH-02", "SCH-03"); }

    @Override public List<QuickFix> fixes(FixTarget t) {
        return t.ruleId().equals("SCH-01") ? normalise(t) : retime(t);
    }

    @Override public String whyNone(FixTarget t) {
        return t.ruleId().equals("SCH-01") ? NoFixReasons.UNCHANGEABLE : NoFixReasons.NO_FREE_SLOT;
    }

    private static List<QuickFix> normalise(FixTarget t) {
        Server s = t.server();
        SyncSchedule sync = s.getSync();
        int perDay = Math.max(1, Math.min(24, sync.perDay()));
        OptionalInt minute = sync.firstSyncMinute();
        if (minute.isEmpty()) minute = SyncSlots.readLeniently(sync.firstSyncUtc());
        int first = minute.orElse(0);
        if (sync.automatic()) first = freeSlot(t.topology(), s, first, perDay, 0, t.settings()).orElse(first);
        String time = SyncSlots.format(first);
        SyncSchedule next = new SyncSchedule(sync.automatic(), time, perDay);
        if (next.equals(sync)) return List.of();
        String label = "Set " + FixTarget.name(s) + "'s schedule to " + time + " UTC, " + perDay + (perDay == 1 ? " sync" : " syncs") + " a day";
        String change = "sync " + quoted(sync.firstSyncUtc()) + " × " + sync.perDay() + " → " + time + " × " + perDay;
        return List.of(QuickFix.safe(t, label, change,
                () -> Labelled.edit(t.edits(), label).set(s, ServerSettings.SYNC, next).build()));
    }

    private static String quoted(String text) { return "\"" + text + "\""; }

    /** Moves the server's first start to the next time that clashes with no sibling, its upstream or its downstreams. */
    private static List<QuickFix> retime(FixTarget t) {
        Server s = t.server();
        if (!SyncSlots.schedulable(s)) return List.of();
        OptionalInt slot = freeSlot(t.topology(), s, s.getSync().firstSyncMinute().getAsInt(), s.getSync().perDay(), 1, t.settings());
        if (slot.isEmpty()) return List.of();
        String time = SyncSlots.format(slot.getAsInt());
        SyncSchedule next = s.getSync().withFirstSyncUtc(time);
        String label = "Start " + FixTarget.name(s) + "'s syncs at " + time + " UTC instead of " + s.getSync().firstSyncUtc();
        return List.of(QuickFix.safe(t, label, "sync " + s.getSync().firstSyncUtc() + " → " + time,
                () -> Labelled.edit(t.edits(), label).set(s, ServerSettings.SYNC, next).build()));
    }

    /**
     * The first start from {@code first} on (skipping {@code skip} steps) whose syncs clash with no
     * sibling, the upstream or the server's downstreams; empty when the whole day clashes.
     */
    static OptionalInt freeSlot(Topology topology, Server s, int first, int perDay, int skip, FixSettings settings) {
        Server up = topology.upstreamOf(s);
        int[] upstream = up == null ? new int[0] : SyncSlots.startsOf(up);
        List<int[]> siblings = new ArrayList<>();
        if (up != null) for (Server sib : topology.downstreams(up)) if (sib != s) siblings.add(SyncSlots.startsOf(sib));
        List<int[]> downstreams = new ArrayList<>();
        for (Server d : topology.downstreams(s)) downstreams.add(SyncSlots.startsOf(d));
        for (int k = skip; k < SyncSlots.DAY / SyncSlots.STEP; k++) {
            int candidate = Math.floorMod(first + k * SyncSlots.STEP, SyncSlots.DAY);
            if (!settings.allows(candidate)) continue;
            int[] own = SyncSlots.starts(candidate, perDay);
            if (SyncSlots.nearestSibling(own, siblings) < SyncSlots.SIBLING_GAP) continue;
            if (SyncSlots.tooSoonAfter(upstream, own)) continue;
            boolean clashesBelow = false;
            for (int[] d : downstreams) clashesBelow |= SyncSlots.tooSoonAfter(own, d);
            if (!clashesBelow) return OptionalInt.of(candidate);
        }
        return OptionalInt.empty();
    }
}
