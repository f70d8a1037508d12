package net.wsustopology.diff;

import java.util.List;
import net.wsustopology.model.Observed;
import net.wsustopology.model.Server;

/**
 * One thing {@code diff} reports about a server: it is only in one file, a setting differs (with
 * both values, in the comparable form of SPEC section 2), or the actual server was unreachable or
 * failed its last synchronization when it was collected.
 *
 * @param planned the planned server, null for a server only in the actual file
 * @param actual  the actual server, null for a server only in the plan
 * @param setting the file path of the setting for {@link Kind#CHANGED}, else null
 */
public record Difference(Kind kind, Server planned, Server actual, String setting, Object plannedValue, Object actualValue) {
    public enum Kind { ONLY_PLANNED, ONLY_ACTUAL, UNREACHABLE, FAILED_SYNC, CHANGED }

    /** The host name the difference is about: the planned server's, or the actual one's when it is not planned. */
    public String serverName() {
        Server s = planned != null ? planned : actual;
        return s.label();
    }

    /** The difference as one line of {@code diff}'s text output (without the server). */
    public String describe() {
        return switch (kind) {
            case ONLY_PLANNED -> "planned but not in the actual file (not deployed)";
            case ONLY_ACTUAL -> "in the actual file but not planned" + (actual.isSyncFromUpstream() && actual.getUpstreamId() != null
                    ? " (syncs from " + actual.getUpstreamId() + ")" : "");
            case UNREACHABLE -> "not reachable when collected" + (observed().error() == null ? "" : " (" + observed().error() + ")")
                    + "; only what its upstream knows was compared";
            case FAILED_SYNC -> "its last synchronization failed"
                    + (observed().lastSyncUtc() == null ? "" : " (" + observed().lastSyncUtc() + ")");
            case CHANGED -> setting + ": planned " + text(plannedValue) + ", actual " + text(actualValue);
        };
    }

    /** Server and difference on one line: "wsus-par.corp.contoso.com (paris): updateSource.useSsl: planned false, actual true". */
    public String line() {
        return serverName() + " (" + (planned != null ? planned.id() : actual.id()) + "): " + describe();
    }

    private Observed observed() { return actual.getObserved(); }

    /** A value as the text output shows it: lists joined by commas, text as it is, absence as "(none)". */
    public static String text(Object value) {
        if (value == null) return "(none)";
        if (value instanceof List<?> list) return list.isEmpty() ? "(none)" : String.join(", ", list.stream().map(String::valueOf).toList());
        if (value instanceof String s) return s.isEmpty() ? "\"\"" : s;
        return value.toString();
    }
}
