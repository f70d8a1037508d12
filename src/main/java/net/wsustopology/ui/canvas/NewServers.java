package net.wsustopology.ui.canvas;

import net.wsustopology.command.Command;
import net.wsustopology.document.Document;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** Makes the servers the palette and the context menu add: fresh id, unused name, the user's default version. */
public final class NewServers {
    private NewServers() { }

    /** A new, not yet added server named "wsus-new-N.corp.example.com" with the first unused N. */
    public static Server create(Document document, Position at) {
        Topology topology = document.topology();
        int n = 1;
        while (!topology.serversNamed(name(n)).isEmpty() || topology.server("wsus-new-" + n) != null) n++;
        Server s = document.newServer(topology.freshId("wsus-new-" + n), name(n));
        s.setPosition(at);
        return s;
    }

    /**
     * The command adding a server of {@code kind} at {@code at}; with an upstream it becomes its
     * downstream (a replica one for {@link ServerKind#REPLICA}).
     */
    public static Command add(Document document, ServerKind kind, Server upstream, Position at) {
        Server s = create(document, at);
        s.setReplica(kind == ServerKind.REPLICA);
        return document.edits().add(s, kind == ServerKind.ROOT ? null : upstream);
    }

    private static String name(int n) { return "wsus-new-" + n + ".corp.example.com"; }

    /** A free spot under {@code upstream}: one row down, right of the downstreams it already has. */
    public static Position belowOf(Topology topology, Server upstream, Position upstreamAt) {
        double rowY = upstreamAt.y() + TreeLayout.NODE_HEIGHT + TreeLayout.V_GAP;
        double x = upstreamAt.x();
        for (Server d : topology.downstreams(upstream)) {
            Position p = d.getPosition();
            if (p != null && Math.abs(p.y() - rowY) < TreeLayout.NODE_HEIGHT) {
                x = Math.max(x, p.x() + TreeLayout.NODE_WIDTH + TreeLayout.H_GAP);
            }
        }
        return new Position(x, rowY);
    }
}
