package net.wsustopology.fix;

/**
 * What schedule fixes assume: how long one synchronization takes (the propagation view's
 * figure) and, optionally, the window in which syncs may start (minutes after midnight UTC;
 * a window may wrap around midnight, e.g. 18:00-06:00).
 */
public record FixSettings(int syncDurationMinutes, Integer windowStart, Integer windowEnd) {
    public static final int DEFAULT_DURATION_MINUTES = 30;
    public static final FixSettings DEFAULT = new FixSettings(DEFAULT_DURATION_MINUTES, null, null);

    public FixSettings {
        if (syncDurationMinutes < 0) throw new IllegalArgumentException("the sync duration must not be negative");
        if ((windowStart == null) != (windowEnd == null)) throw new IllegalArgumentException("a window needs a start and an end");
    }

    public boolean hasWindow() { return windowStart != null; }

    /** True when a sync may start at {@code minute} (always, without a window). */
    public boolean allows(int minute) {
        if (!hasWindow()) return true;
        int length = Math.floorMod(windowEnd - windowStart, 1440);
        if (length == 0) return true;
        return Math.floorMod(minute - windowStart, 1440) <= length;
    }
}
