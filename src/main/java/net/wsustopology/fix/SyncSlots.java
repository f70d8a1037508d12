package net.wsustopology.fix;

import java.util.List;
import java.util.OptionalInt;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;

/**
 * Start times that keep the schedule rules quiet: siblings (downstreams of one upstream) start
 * at least 15 minutes apart (SCH-02) and a downstream starts no sync within the 30 minutes after
 * one of its upstream's (SCH-03). Times are minutes after midnight UTC; a day wraps.
 */
final class SyncSlots {
    static final int DAY = 1440;
    static final int SIBLING_GAP = 15;
    static final int AFTER_UPSTREAM = 30;
    static final int STEP = 5;

    private SyncSlots() { }

    /** Start minutes of every sync in a day from a first start. */
    static int[] starts(int first, int perDay) {
        int[] starts = new int[perDay];
        for (int i = 0; i < perDay; i++) starts[i] = Math.floorMod(first + i * DAY / perDay, DAY);
        return starts;
    }

    /** The automatic, valid starts of a server; empty for a manual or invalid schedule. */
    static int[] startsOf(Server s) {
        SyncSchedule sync = s.getSync();
        return sync.automatic() ? sync.startMinutes() : new int[0];
    }

    static boolean schedulable(Server s) { return s.getSync().automatic() && s.getSync().isValid(); }

    /** Shortest distance between two times of day, either way round midnight. */
    static int gap(int a, int b) {
        int d = Math.floorMod(a - b, DAY);
        return Math.min(d, DAY - d);
    }

    /** Smallest distance between any start of {@code own} and any of the siblings' starts; DAY when there are none. */
    static int nearestSibling(int[] own, List<int[]> siblings) {
        int nearest = DAY;
        for (int[] other : siblings) nearest = Math.min(nearest, nearest(own, other));
        return nearest;
    }

    /** Smallest distance between any start of {@code a} and any of {@code b}. */
    static int nearest(int[] a, int[] b) {
        int nearest = DAY;
        for (int x : a) for (int y : b) nearest = Math.min(nearest, gap(x, y));
        return nearest;
    }

    /** True when a downstream start falls within the 30 minutes after an upstream start. */
    static boolean tooSoonAfter(int[] upstream, int[] downstream) {
        for (int u : upstream) for (int d : downstream) if (Math.floorMod(d - u, DAY) < AFTER_UPSTREAM) return true;
        return false;
    }

    /** "02:05" for 125. */
    static String format(int minute) {
        int h = minute / 60;
        int m = minute % 60;
        return (h < 10 ? "0" : "") + h + (m < 10 ? ":0" : ":") + m;
    }

    /**
     * A lenient reading of a time the file holds as text ("2:00", "0200", "24:00", "2.30");
     * empty when nothing sensible can be read.
     */
    static OptionalInt readLeniently(String text) {
        if (text == null) return OptionalInt.empty();
        String digits = text.trim().replaceAll("[^0-9]", " ").trim();
        if (digits.isEmpty()) return OptionalInt.empty();
        String[] parts = digits.split(" +");
        int h;
        int m;
        try {
            if (parts.length >= 2) {
                h = Integer.parseInt(parts[0]);
                m = Integer.parseInt(parts[1]);
            } else if (parts[0].length() > 2 && parts[0].length() <= 4) {
                h = Integer.parseInt(parts[0].substring(0, parts[0].length() - 2));
                m = Integer.parseInt(parts[0].substring(parts[0].length() - 2));
            } else if (parts[0].length() <= 2) {
                h = Integer.parseInt(parts[0]);
                m = 0;
            } else {
                return OptionalInt.empty();
            }
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
        if (h == 24 && m == 0) h = 0;
        if (h > 23 || m > 59) return OptionalInt.empty();
        return OptionalInt.of(h * 60 + m);
    }
}
