package net.wsustopology.diagram;

import java.util.List;
import net.wsustopology.model.Ports;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Reads;

/**
 * What a link into a downstream shows, the same on the canvas, in every legend and every export:
 * the port it syncs from and "SSL" as its label, the "ok" green over SSL, dashes into a replica
 * (whatever its siblings are). Where it runs is {@link LinkRoute}'s.
 */
public record LinkFace(String label, boolean ssl, boolean replica) {
    /** Width of a link's line. */
    public static final double STROKE = 1.5;
    /** The dash pattern of a link into a replica: dash, gap. */
    public static final double[] DASH = {6, 4};

    /** The link into a root, from Microsoft Update: no label. */
    public static final LinkFace FROM_MICROSOFT_UPDATE = new LinkFace("", false, false);

    /** The settings a link shows, seen from its downstream: its own source settings and the upstream's ports. */
    public static final List<Reads> READS = List.of(
            Reads.self(Server.SYNC_FROM_UPSTREAM, Server.USE_SSL, Server.REPLICA, Server.SOURCE_PORT, Server.HTTP_PORT, Server.HTTPS_PORT),
            Reads.upstream(Server.HTTP_PORT, Server.HTTPS_PORT));

    /** A link into a replica is dashed. */
    public boolean dashed() { return replica; }

    /** {@code upstream}: the server {@code downstream} syncs from (null when it is missing from the plan). */
    public static LinkFace of(Server downstream, Server upstream) {
        if (!downstream.isSyncFromUpstream()) return FROM_MICROSOFT_UPDATE;
        boolean ssl = downstream.isUseSsl();
        Integer port = Ports.sourcePort(downstream, upstream);
        String label = port == null ? (ssl ? "SSL" : "") : port + (ssl ? " SSL" : "");
        return new LinkFace(label, ssl, downstream.isReplica());
    }
}
