package net.wsustopology.io;

import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** Writes into a loaded plan the port each downstream leaves to its upstream ({@link Topology#sourcePort}). */
public final class SourcePorts {
    private SourcePorts() { }

    /** Gives every downstream in {@code servers} without a port its upstream's listening port; a missing upstream leaves it absent. */
    public static void resolveAbsent(Topology t, Iterable<Server> servers) {
        for (Server s : servers) {
            if (s.isSyncFromUpstream() && s.getSourcePort() == null) s.setSourcePort(t.sourcePort(s));
        }
    }
}
