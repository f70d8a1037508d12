package net.wsustopology.diagram;

import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Severity;

/**
 * The small marks and sentences a picture adds to its cards, decided once for the canvas, the
 * exports and the inspector: the replica badge, the worst finding's corner mark, the stub of a
 * missing upstream and the sentence saying a server's role.
 */
public final class Marks {
    /** The badge on a replica's card. */
    public static final String REPLICA_BADGE = "R";
    /** A root's role, in the legend and the inspector. */
    public static final String ROOT_ROLE = "Root: syncs from Microsoft Update";

    private Marks() { }

    /** The glyph in the corner mark of a card whose worst finding is {@code worst}; empty when it has none. */
    public static String severityMark(Severity worst) {
        if (worst == null) return "";
        return worst == Severity.INFO ? "i" : "!";
    }

    /**
     * The text at the end of the stub above a server whose upstream is not in the plan;
     * {@code missingId} is the id it names ("" or null when none is set).
     */
    public static String missingUpstream(String missingId) {
        return missingId == null || missingId.isEmpty() ? "? no upstream set" : "? " + missingId + " (not in plan)";
    }

    /** The sentence saying what {@code s} is and where it syncs from, with its tier ("Replica of hq (tier 2)"). */
    public static String roleLine(Topology topology, Server s) {
        if (!s.isSyncFromUpstream()) return ROOT_ROLE;
        Server up = topology.upstreamOf(s);
        Integer tier = topology.hierarchy().tierOrNull(s);
        String from = up == null ? "a server not in the plan (" + s.getUpstreamId() + ")" : up.label();
        return (s.isReplica() ? "Replica of " : "Autonomous, syncs from ") + from + (tier != null ? " (tier " + tier + ")" : "");
    }
}
