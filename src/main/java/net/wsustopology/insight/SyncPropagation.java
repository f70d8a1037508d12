package net.wsustopology.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;

/**
 * Worst-case propagation of a Microsoft Update release through the plan. A root starts its
 * next sync after the release and finishes {@code durationMinutes} later; a downstream starts
 * its first sync at or after its upstream finished. Between two root sync starts the finish
 * times do not change, so the delay is worst for a release just after a root's sync start:
 * evaluating each root start exactly gives the worst case over every time of day.
 */
public final class SyncPropagation {
    /** How long one synchronization is assumed to take unless the user says otherwise, in minutes. */
    public static final int DEFAULT_DURATION_MINUTES = 30;

    private static final int DAY = 1440;

    private final Topology topology;
    private final int durationMinutes;
    private final Map<Server, Delay> delays = new HashMap<>();

    private SyncPropagation(Topology topology, int durationMinutes) {
        if (durationMinutes < 0) throw new IllegalArgumentException("duration must not be negative");
        this.topology = topology;
        this.durationMinutes = durationMinutes;
        for (Server root : topology.roots()) propagateFrom(root);
        for (Server s : topology.servers()) delays.putIfAbsent(s, Delay.DISCONNECTED);
    }

    public static SyncPropagation of(Topology topology, int durationMinutes) {
        return new SyncPropagation(topology, durationMinutes);
    }

    public int durationMinutes() { return durationMinutes; }

    public Delay delay(Server s) { return delays.getOrDefault(s, Delay.DISCONNECTED); }

    /** Every server, slowest first (unbounded ones before bounded ones); ties in file order. */
    public List<Server> slowestFirst() {
        List<Server> order = new ArrayList<>(topology.servers());
        order.sort(Comparator.comparingLong((Server s) -> delay(s).severityKey()).reversed());
        return order;
    }

    public List<Server> slowest(int n) {
        List<Server> order = slowestFirst();
        return order.subList(0, Math.min(n, order.size()));
    }

    /** Delay scaled to 0..1 against the slowest bounded server; unbounded servers are 1, disconnected ones absent. */
    public Map<String, Double> heat() {
        long max = 0;
        for (Delay d : delays.values()) if (d.isBounded()) max = Math.max(max, d.minutes());
        Map<String, Double> heat = new HashMap<>();
        for (Map.Entry<Server, Delay> e : delays.entrySet()) {
            Delay d = e.getValue();
            if (d.kind() == Delay.Kind.DISCONNECTED) continue;
            heat.put(e.getKey().id(), d.isBounded() ? (max == 0 ? 0.0 : (double) d.minutes() / max) : 1.0);
        }
        return Collections.unmodifiableMap(heat);
    }

    private void propagateFrom(Server root) {
        int[] starts = sortedStarts(root);
        if (starts == null) {
            markSubtree(root, root.getSync().automatic() ? Delay.INVALID_SCHEDULE : Delay.MANUAL);
            return;
        }
        Map<Server, Long> worst = new HashMap<>();
        Map<Server, Delay> unbounded = new HashMap<>();
        for (int i = 0; i < starts.length; i++) {
            long release = starts[i];
            long nextStart = i + 1 < starts.length ? starts[i + 1] : starts[0] + DAY;
            walk(root, release, nextStart + durationMinutes, worst, unbounded);
        }
        for (Map.Entry<Server, Long> e : worst.entrySet()) delays.put(e.getKey(), Delay.bounded(e.getValue()));
        delays.putAll(unbounded);
    }

    /** Finish times below {@code root} for one release; iterative over the subtree. */
    private void walk(Server root, long release, long rootFinish, Map<Server, Long> worst, Map<Server, Delay> unbounded) {
        List<Server> stack = new ArrayList<>();
        Map<Server, Long> finish = new HashMap<>();
        finish.put(root, rootFinish);
        worst.merge(root, rootFinish - release, Math::max);
        stack.add(root);
        while (!stack.isEmpty()) {
            Server up = stack.remove(stack.size() - 1);
            long upFinish = finish.get(up);
            for (Server d : topology.downstreams(up)) {
                if (finish.containsKey(d) || unbounded.containsKey(d)) continue;
                int[] starts = sortedStarts(d);
                if (starts == null) {
                    markSubtree(d, d.getSync().automatic() ? Delay.INVALID_SCHEDULE : Delay.MANUAL, unbounded);
                    continue;
                }
                long done = nextStartAtOrAfter(starts, upFinish) + durationMinutes;
                finish.put(d, done);
                worst.merge(d, done - release, Math::max);
                stack.add(d);
            }
        }
    }

    private void markSubtree(Server s, Delay delay) { markSubtree(s, delay, delays); }

    private void markSubtree(Server s, Delay delay, Map<Server, Delay> into) {
        for (Server member : topology.subtree(s)) into.putIfAbsent(member, delay);
    }

    /** Sorted start minutes of an automatic, valid schedule; null for manual or invalid ones. */
    private static int[] sortedStarts(Server s) {
        SyncSchedule sync = s.getSync();
        if (!sync.automatic() || !sync.isValid()) return null;
        int[] starts = sync.startMinutes();
        Arrays.sort(starts);
        return starts;
    }

    /** The first start at or after absolute minute {@code t} (minutes counted from the release day's midnight). */
    static long nextStartAtOrAfter(int[] sortedStarts, long t) {
        long day = Math.floorDiv(t, DAY);
        long minute = t - day * DAY;
        for (int s : sortedStarts) if (s >= minute) return day * DAY + s;
        return (day + 1) * DAY + sortedStarts[0];
    }
}
