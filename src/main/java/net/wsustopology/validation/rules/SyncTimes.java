package net.wsustopology.validation.rules;

import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;

/** Times of day of automatic synchronizations, as the schedule rules read them. */
final class SyncTimes {
    static final int DAY = 1440;

    private SyncTimes() { }

    /** Start minutes of the server's automatic syncs; empty when manual or invalid (SCH-01 reports those). */
    static int[] starts(Server s) {
        SyncSchedule sync = s.getSync();
        return sync.automatic() ? sync.startMinutes() : new int[0];
    }

    /** Minutes from {@code from} forward to {@code to}, wrapping around midnight: 0-1439. */
    static int minutesAfter(int from, int to) { return Math.floorMod(to - from, DAY); }

    static String format(int minuteOfDay) {
        int h = minuteOfDay / 60;
        int m = minuteOfDay % 60;
        return (h < 10 ? "0" : "") + h + (m < 10 ? ":0" : ":") + m;
    }
}
