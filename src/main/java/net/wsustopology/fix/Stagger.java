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
import net.wsustopology.validation.Validator;
import net.wsustopology.validation.rules.SiblingSyncClashRule;
import net.wsustopology.validation.rules.SyncSoonAfterUpstreamRule;

/**
 * Arrange > Stagger Schedules: new first-sync times, upstreams before downstreams, so that no
 * SCH-02 or SCH-03 remains where that is possible. A downstream starts at least 30 minutes plus
 * the assumed sync duration after its upstream, siblings at least 15 minutes apart, inside the
 * optional window; each server keeps its syncs per day. Where no time satisfies everything, a
 * server takes the start that adds the fewest SCH-02/SCH-03 findings without crowding a start
 * past an even share of the day's slots, and {@link Plan#problems()} says why. A plan that would
 * leave more of those findings than there are now changes nothing.
 */
public final class Stagger {
    /** New first-sync times (only the servers that change) and the worst-case delay before and after. */
    public record Plan(Map<Server, String> times, List<String> problems, Delay worstBefore, Delay worstAfter,
                       int findingsBefore, int findingsAfter) {
        public boolean changesAnything() { return !times.isEmpty(); }
    }

    /** The rules a stagger answers; their findings are counted before and after. */
    private static final Validator SCHEDULE_RULES = new Validator(List.of(new SiblingSyncClashRule(), new SyncSoonAfterUpstreamRule()));

    private final Topology topology;
    private final FixSettings settings;
    private final Map<Server, int[]> fixed = new HashMap<>();
    /** Servers placed so far whose starts clash with a placed sibling's (SCH-02). */
    private final Set<Server> clashing = new HashSet<>();
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
        for (Server s : fixed.keySet()) if (SyncSlots.schedulable(s) && !placedSiblingsWithin(s, fixed.get(s)).isEmpty()) clashing.add(s);
        Map<Server, String> times = new LinkedHashMap<>();
        for (Server s : order) {
            if (fixed.containsKey(s)) continue;
            int first = place(s);
            int[] starts = SyncSlots.starts(first, s.getSync().perDay());
            List<Server> near = placedSiblingsWithin(s, starts);
            if (!near.isEmpty()) {
                clashing.add(s);
                clashing.addAll(near);
            }
            fixed.put(s, starts);
            String time = SyncSlots.format(first);
            if (!time.equals(s.getSync().firstSyncUtc())) times.put(s, time);
        }
        Topology after = withTimes(times);
        int findingsBefore = SCHEDULE_RULES.validate(topology).size();
        int findingsAfter = SCHEDULE_RULES.validate(after).size();
        Delay worstBefore = worst(topology);
        if (findingsAfter > findingsBefore) {
            return new Plan(Map.of(), List.of("New start times would leave " + findingsAfter + " SCH-02/SCH-03 findings where there are "
                    + findingsBefore + " now, so nothing is changed."), worstBefore, worstBefore, findingsBefore, findingsBefore);
        }
        return new Plan(times, List.copyOf(problems), worstBefore, worst(after), findingsBefore, findingsAfter);
    }

    /** The placed siblings of {@code s} that start less than 15 minutes from one of {@code starts}. */
    private List<Server> placedSiblingsWithin(Server s, int[] starts) {
        Server up = topology.upstreamOf(s);
        if (up == null) return List.of();
        List<Server> near = new ArrayList<>();
        for (Server sib : topology.downstreams(up)) {
            int[] other = sib == s ? null : fixed.get(sib);
            if (other != null && SyncSlots.schedulable(sib) && SyncSlots.nearest(starts, other) < SyncSlots.SIBLING_GAP) {
                near.add(sib);
            }
        }
        return near;
    }

    private int place(Server s) {
        Server up = topology.upstreamOf(s);
        int current = s.getSync().firstSyncMinute().getAsInt();
        int perDay = s.getSync().perDay();
        if (up == null) return settings.allows(current) ? current : settings.windowStart();
        int[] upstream = fixed.getOrDefault(up, new int[0]);
        int anchor = upstream.length == 0 ? current
                : upstream[0] + SyncSlots.AFTER_UPSTREAM + settings.syncDurationMinutes();
        Map<Server, int[]> siblings = new LinkedHashMap<>();
        for (Server sib : topology.downstreams(up)) if (sib != s && fixed.containsKey(sib) && SyncSlots.schedulable(sib)) siblings.put(sib, fixed.get(sib));
        List<int[]> below = new ArrayList<>();
        for (Server d : topology.downstreams(s)) if (fixed.containsKey(d)) below.add(fixed.get(d));
        Candidates candidates = new Candidates(perDay, siblings, upstream, below, crowdLimit(up));

        for (int k = 0; k < SyncSlots.DAY / SyncSlots.STEP; k++) {
            int candidate = Math.floorMod(anchor + k * SyncSlots.STEP, SyncSlots.DAY);
            if (settings.allows(candidate) && candidates.score(candidate) == Candidates.PERFECT) return candidate;
        }
        // nothing satisfies every rule: the minute that adds the fewest findings without over-crowding a start
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        for (int k = 0; k < SyncSlots.DAY; k++) {
            int candidate = Math.floorMod(anchor + k, SyncSlots.DAY);
            if (!settings.allows(candidate)) continue;
            long score = candidates.score(candidate);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        problems.add(explain(s, up));
        return best < 0 ? current : best;
    }

    /**
     * How many siblings may start within 15 minutes of one start: an even share of the siblings over
     * the 15-minute slots of one sync interval, so that doubling up comes before piling up.
     */
    private int crowdLimit(Server up) {
        SiblingGroup group = SiblingGroup.under(topology, up);
        return Math.max(1, (group.count() + group.slots() - 1) / group.slots());
    }

    /** The scheduled downstreams of one upstream: how many, and how often the most frequent of them syncs. */
    private record SiblingGroup(int count, int perDay) {
        static SiblingGroup under(Topology topology, Server up) {
            int count = 0;
            int perDay = 1;
            for (Server sib : topology.downstreams(up)) {
                if (!SyncSlots.schedulable(sib)) continue;
                count++;
                perDay = Math.max(perDay, sib.getSync().perDay());
            }
            return new SiblingGroup(count, perDay);
        }

        /** Minutes between two syncs of the most frequent sibling. */
        int interval() { return SyncSlots.DAY / perDay; }

        /** Starts 15 minutes apart in one interval (at least one). */
        int slots() { return Math.max(1, interval() / SyncSlots.SIBLING_GAP); }
    }

    /** Scores the starts of one server against what is placed around it. */
    private final class Candidates {
        static final long PERFECT = 0;

        private final int perDay;
        private final Map<Server, int[]> siblings;
        private final int[] upstream;
        private final List<int[]> below;
        private final int crowdLimit;

        Candidates(int perDay, Map<Server, int[]> siblings, int[] upstream, List<int[]> below, int crowdLimit) {
            this.perDay = perDay;
            this.siblings = siblings;
            this.upstream = upstream;
            this.below = below;
            this.crowdLimit = crowdLimit;
        }

        /**
         * Higher is better, {@link #PERFECT} at best: first a start within the even share of crowding,
         * then the fewest findings it adds (its own SCH-02 and SCH-03, its siblings' new SCH-02, its
         * downstreams' SCH-03), then the widest gap to a sibling up to 15 minutes.
         */
        long score(int candidate) {
            int[] own = SyncSlots.starts(candidate, perDay);
            int crowd = 0;
            int newlyClashing = 0;
            int nearest = SyncSlots.DAY;
            for (Map.Entry<Server, int[]> e : siblings.entrySet()) {
                int gap = SyncSlots.nearest(own, e.getValue());
                nearest = Math.min(nearest, gap);
                if (gap >= SyncSlots.SIBLING_GAP) continue;
                crowd++;
                if (!clashing.contains(e.getKey())) newlyClashing++;
            }
            int added = newlyClashing + (crowd > 0 ? 1 : 0) + (SyncSlots.tooSoonAfter(upstream, own) ? 1 : 0);
            for (int[] d : below) if (SyncSlots.tooSoonAfter(own, d)) added++;
            long overCrowded = crowd >= crowdLimit ? 1 : 0;
            long spread = Math.min(nearest, SyncSlots.SIBLING_GAP);
            return -(overCrowded << 40) - ((long) added << 20) - (SyncSlots.SIBLING_GAP - spread);
        }
    }

    private String explain(Server s, Server up) {
        SiblingGroup group = SiblingGroup.under(topology, up);
        int perDay = group.perDay();
        int fit = group.slots();
        if (group.count() > fit) {
            String often = perDay == 1 ? "once a day: a day has only " + fit + " starts"
                    : "up to " + perDay + " times a day: only " + fit + " can start";
            return "The " + group.count() + " downstreams of " + FixTarget.name(up) + " sync " + often + " 15 minutes apart"
                    + (perDay == 1 ? "" : " in each " + group.interval() + "-minute interval")
                    + ", so some share a start (the fewest findings, no start more crowded than an even share).";
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
