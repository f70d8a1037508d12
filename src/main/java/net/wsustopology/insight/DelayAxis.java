package net.wsustopology.insight;

import java.util.Collection;

/**
 * The axis of the sync propagation bars: it starts at the fastest bounded delay, not at zero, so
 * 1 d 0 h 30 min and 1 d 2 h 30 min do not look alike; manual and invalid schedules sit at its end.
 */
public record DelayAxis(long fromMinutes, long toMinutes) {
    public static DelayAxis of(Collection<Delay> delays) {
        long min = Long.MAX_VALUE;
        long max = 0;
        for (Delay d : delays) {
            if (!d.isBounded()) continue;
            min = Math.min(min, d.minutes());
            max = Math.max(max, d.minutes());
        }
        return min == Long.MAX_VALUE ? new DelayAxis(0, 0) : new DelayAxis(min, max);
    }

    public static DelayAxis of(SyncPropagation propagation) {
        return of(propagation.slowestFirst().stream().map(propagation::delay).toList());
    }

    /** Where a delay's bar ends, 0..1; null for a server not connected to a root (it gets no bar). */
    public Double position(Delay d) {
        if (d.kind() == Delay.Kind.DISCONNECTED) return null;
        if (!d.isBounded() || toMinutes == fromMinutes) return 1.0;
        return (double) (d.minutes() - fromMinutes) / (toMinutes - fromMinutes);
    }

    /** What the bars' ends mean, said where they are shown. */
    public String caption() {
        if (toMinutes == fromMinutes) return toMinutes == 0 && fromMinutes == 0 ? "" : "Every automatic server: " + Delay.formatMinutes(toMinutes);
        return "Bars start at " + Delay.formatMinutes(fromMinutes) + " (fastest), not at zero, and end at "
                + Delay.formatMinutes(toMinutes) + " (slowest)";
    }
}
