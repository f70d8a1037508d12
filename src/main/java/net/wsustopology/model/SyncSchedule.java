package net.wsustopology.model;

import java.util.OptionalInt;

/**
 * The console's Synchronization Schedule. {@code firstSyncUtc} stays the text from the file
 * so that a malformed time loads and is reported by validation instead of being lost.
 */
public record SyncSchedule(boolean automatic, String firstSyncUtc, int perDay) {
    public static final SyncSchedule MANUAL = new SyncSchedule(false, "00:00", 1);

    public SyncSchedule {
        if (firstSyncUtc == null) firstSyncUtc = "00:00";
    }

    /** Minutes after midnight UTC of the first sync, or empty when the text is not HH:MM. */
    public OptionalInt firstSyncMinute() { return parseMinuteOfDay(firstSyncUtc); }

    public boolean isValid() { return perDay >= 1 && perDay <= 24 && firstSyncMinute().isPresent(); }

    /** Start times (minutes after midnight UTC) of every sync in a day; empty if invalid. */
    public int[] startMinutes() {
        if (!isValid()) return new int[0];
        int first = firstSyncMinute().getAsInt();
        int[] starts = new int[perDay];
        for (int i = 0; i < perDay; i++) starts[i] = (first + i * 1440 / perDay) % 1440;
        return starts;
    }

    public SyncSchedule withAutomatic(boolean value) { return new SyncSchedule(value, firstSyncUtc, perDay); }
    public SyncSchedule withFirstSyncUtc(String value) { return new SyncSchedule(automatic, value, perDay); }
    public SyncSchedule withPerDay(int value) { return new SyncSchedule(automatic, firstSyncUtc, value); }

    /** Read digit by digit, without allocating: several rules ask once per server of a big plan. */
    public static OptionalInt parseMinuteOfDay(String text) {
        if (text == null || text.length() != 5 || text.charAt(2) != ':') return OptionalInt.empty();
        int h1 = digit(text.charAt(0)), h2 = digit(text.charAt(1)), m1 = digit(text.charAt(3)), m2 = digit(text.charAt(4));
        if (h1 < 0 || h2 < 0 || m1 < 0 || m2 < 0) return OptionalInt.empty();
        int h = h1 * 10 + h2;
        int m = m1 * 10 + m2;
        if (h > 23 || m > 59) return OptionalInt.empty();
        return OptionalInt.of(h * 60 + m);
    }

    private static int digit(char c) { return c >= '0' && c <= '9' ? c - '0' : -1; }

    public String summary() {
        if (!automatic) return "manual";
        return perDay == 1 ? "daily at " + firstSyncUtc + " UTC"
                : perDay + "x a day from " + firstSyncUtc + " UTC";
    }
}
