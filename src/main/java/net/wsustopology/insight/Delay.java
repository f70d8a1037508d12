package net.wsustopology.insight;

/**
 * Worst-case time from a Microsoft Update release to one server having it. {@code minutes}
 * is meaningful only for {@link Kind#BOUNDED}.
 */
public record Delay(Kind kind, long minutes) {
    public enum Kind {
        /** Automatic syncs all the way up: a finite worst case. */
        BOUNDED,
        /** The server or one of its upstreams synchronizes only by hand: no bound. */
        MANUAL,
        /** The server or one of its upstreams has an invalid schedule (SCH-01). */
        INVALID_SCHEDULE,
        /** The upstream chain loops or dangles: updates never arrive. */
        DISCONNECTED
    }

    public static final Delay MANUAL = new Delay(Kind.MANUAL, 0);
    public static final Delay INVALID_SCHEDULE = new Delay(Kind.INVALID_SCHEDULE, 0);
    public static final Delay DISCONNECTED = new Delay(Kind.DISCONNECTED, 0);

    public static Delay bounded(long minutes) { return new Delay(Kind.BOUNDED, minutes); }

    public boolean isBounded() { return kind == Kind.BOUNDED; }

    /** Sort key, slowest last: bounded by minutes, then invalid, manual, disconnected. */
    public long severityKey() {
        return switch (kind) {
            case BOUNDED -> minutes;
            case INVALID_SCHEDULE -> Long.MAX_VALUE - 2;
            case MANUAL -> Long.MAX_VALUE - 1;
            case DISCONNECTED -> Long.MAX_VALUE;
        };
    }

    /** "1 d 0 h 30 min", "manual sync", ... */
    public String describe() {
        return switch (kind) {
            case BOUNDED -> formatMinutes(minutes);
            case MANUAL -> "manual sync";
            case INVALID_SCHEDULE -> "invalid schedule";
            case DISCONNECTED -> "never (not connected to a root)";
        };
    }

    public static String formatMinutes(long minutes) {
        long days = minutes / 1440;
        long hours = minutes % 1440 / 60;
        long mins = minutes % 60;
        StringBuilder b = new StringBuilder();
        if (days > 0) b.append(days).append(" d ");
        if (days > 0 || hours > 0) b.append(hours).append(" h ");
        return b.append(mins).append(" min").toString();
    }
}
