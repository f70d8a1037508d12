package net.wsustopology.fix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wsustopology.command.Command;
import net.wsustopology.command.Edits;
import net.wsustopology.insight.Delay;
import net.wsustopology.insight.SyncPropagation;
import net.wsustopology.insight.TreeOrder;
import net.wsustopology.insight.TreeRow;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;

/**
 * Arrange > Stagger Schedules: new first-sync times, upstreams before downstreams, so that no
 * SCH-02 or SCH-03 remains where that is possible. A downstream starts at least 30 minutes plus
 * the assumed sync duration after its upstream, siblings at least 15 minutes apart, inside the
 * optional window; each server keeps its syncs per day. Where no time satisfies everything the
 * best spread is taken and {@link Plan#problems()} says why.
 */
public final class Stagger {
    /** New first-sync times (only the servers that change) and the worst-case delay before and after. */
    public record Plan(Map<Server, String> times, List<String> problems, Delay worstBefore, Delay worstAfter) {
        public boolean changesAnything() { return !times.isEmpty(); }
    }

    private final Topology topology;
    private final FixSettings settings;
    private final Map<Server, int[]> fixed = new HashMap<>();
    private final Set<String> problems = new LinkedHashSet<>();

    private Stagger(Topology topology, FixSettings settings) {
        this.topology = topology;
        this.settings = settings;
    }

    /** Plans new times for the servers of {@code scope} (the others keep theirs and are worked around). */
    public static Plan plan(Topology topology, Collection<Server> scope, FixSettings settings) {
        return new Stagger(topology, settings).compute(new HashSet<>(scope));
    }

    /** The plan as one undoable step. */
    public static Command command(Edits edits, Plan plan) {
        List<Command> parts = new ArrayList<>();
        plan.times().forEach((s, time) -> edits.set(List.of(s), ServerSettings.SYNC, s.getSync().withFirstSyncUtc(time)).ifPresent(parts::add));
        return Edits.together("Stagger schedules of " + Edits.plural(plan.times().size(), "server"), parts);
    }

    private Plan compute(Set<Server> scope) {
        List<Server> order = new ArrayList<>();
        for (TreeRow row : TreeOrder.of(topology)) order.add(row.server());
        for (Server s : order) if (!scope.contains(s) || !SyncSlots.schedulable(s)) fixed.put(s, SyncSlots.startsOf(s));
        Map<Server, String> times = new LinkedHashMap<>();
        for (Server s : order) {
            if (fixed.containsKey(s)) continue;
            int first = place(s);
            fixed.put(s, SyncSlots.starts(first, s.getSync().perDay()));
            String time = SyncSlots.format(first);
            if (!time.equals(s.getSync().firstSyncUtc())) times.put(s, time);
        }
        Delay before = worst(topology);
        Delay after = worst(withTimes(times));
        return new Plan(times, List.copyOf(problems), before, after);
    }

    private int place(Server s) {
        Server up = topology.upstreamOf(s);
        int current = s.getSync().firstSyncMinute().getAsInt();
        int perDay = s.getSync().perDay();
        if (up == null) return settings.allows(current) ? current : settings.windowStart();
        int[] upstream = fixed.getOrDefault(up, new int[0]);
        int anchor = upstream.length == 0 ? current
                : upstream[0] + SyncSlots.AFTER_UPSTREAM + settings.syncDurationMinutes();
        List<int[]> siblings = new ArrayList<>();
        for (Server sib : topology.downstreams(up)) if (sib != s && fixed.containsKey(sib)) siblings.add(fixed.get(sib));
        List<int[]> below = new ArrayList<>();
        for (Server d : topology.downstreams(s)) if (fixed.containsKey(d)) below.add(fixed.get(d));

        for (int k = 0; k < SyncSlots.DAY / SyncSlots.STEP; k++) {
            int candidate = Math.floorMod(anchor + k * SyncSlots.STEP, SyncSlots.DAY);
            if (settings.allows(candidate) && score(candidate, perDay, siblings, upstream, below) == PERFECT) return candidate;
        }
        // nothing satisfies every rule: the minute that keeps the upstream rule and spreads the siblings best
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        for (int k = 0; k < SyncSlots.DAY; k++) {
            int candidate = Math.floorMod(anchor + k, SyncSlots.DAY);
            if (!settings.allows(candidate)) continue;
            long score = score(candidate, perDay, siblings, upstream, below);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        problems.add(explain(s, up));
        return best < 0 ? current : best;
    }

    private static final long PERFECT = (1L << 40) + (1L << 30) + SyncSlots.SIBLING_GAP;

    /** Higher is better: the upstream rule kept, then the downstreams' rule, then the sibling gap up to 15 minutes. */
    private static long score(int candidate, int perDay, List<int[]> siblings, int[] upstream, List<int[]> below) {
        int[] own = SyncSlots.starts(candidate, perDay);
        int spread = Math.min(SyncSlots.nearestSibling(own, siblings), SyncSlots.SIBLING_GAP);
        boolean belowOk = true;
        for (int[] d : below) belowOk &= !SyncSlots.tooSoonAfter(own, d);
        return (SyncSlots.tooSoonAfter(upstream, own) ? 0 : 1L << 40) + (belowOk ? 1L << 30 : 0) + spread;
    }

    private String explain(Server s, Server up) {
        List<Server> group = new ArrayList<>();
        int perDay = 1;
        for (Server sib : topology.downstreams(up)) {
            if (!SyncSlots.schedulable(sib)) continue;
            group.add(sib);
            perDay = Math.max(perDay, sib.getSync().perDay());
        }
        int interval = SyncSlots.DAY / perDay;
        int fit = Math.max(1, interval / SyncSlots.SIBLING_GAP);
        if (group.size() > fit) {
            return "The " + group.size() + " downstreams of " + FixTarget.name(up) + " sync up to " + perDay + " times a day: only "
                    + fit + " can start 15 minutes apart in each " + interval + "-minute interval, so they are spread as evenly"
                    + " as the rule of 30 minutes after the upstream allows.";
        }
        String where = settings.hasWindow()
                ? " inside the window " + SyncSlots.format(settings.windowStart()) + "-" + SyncSlots.format(settings.windowEnd()) + " UTC"
                : "";
        return "No start" + where + " keeps " + FixTarget.name(s) + " 15 minutes from its siblings and 30 minutes plus the sync duration"
                + " after " + FixTarget.name(up) + ": it gets the best spread there is.";
    }

    private Topology withTimes(Map<Server, String> times) {
        Topology copy = new Topology();
        copy.setLimits(topology.getLimits());
        for (Server s : topology.servers()) {
            Server c = s.copyWithId(s.id());
            String time = times.get(s);
            if (time != null) c.setSync(new SyncSchedule(s.getSync().automatic(), time, s.getSync().perDay()));
            copy.addServer(c);
        }
        return copy;
    }

    /** The slowest bounded worst-case delay of the plan (or the first unbounded kind when nothing is bounded). */
    private Delay worst(Topology plan) {
        SyncPropagation propagation = SyncPropagation.of(plan, settings.syncDurationMinutes());
        Delay worst = null;
        for (Server s : plan.servers()) {
            Delay d = propagation.delay(s);
            if (d.isBounded() && (worst == null || !worst.isBounded() || d.minutes() > worst.minutes())) worst = d;
            if (worst == null) worst = d;
        }
        return worst == null ? Delay.DISCONNECTED : worst;
    }
}
