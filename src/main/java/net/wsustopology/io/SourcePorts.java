package net.wsustopology.io;

import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** The one place where an update source's absent port becomes the upstream's port for the chosen protocol (SPEC). */
public final class SourcePorts {
    private SourcePorts() { }

    /** Gives every downstream in {@code servers} without a port its upstream's listening port; a missing upstream leaves it absent. */
    public static void resolveAbsent(Topology t, Iterable<Server> servers) {
        for (Server s : servers) {
            if (s.isSyncFromUpstream() && s.getSourcePort() == null) {
                Server upstream = t.upstreamOf(s);
                if (upstream != null) s.setSourcePort(upstream.listeningPort(s.isUseSsl()));
            }
        }
    }
}
