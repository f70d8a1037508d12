package net.wsustopology.ui.canvas;

import net.wsustopology.command.Command;
import net.wsustopology.command.Edits;
import net.wsustopology.command.NewServerNames;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** Makes the servers the palette and the context menu add: fresh id, unused name in the plan's domain, WSUS 10.0. */
public final class NewServers {
    private NewServers() { }

    /**
     * A new, not yet added server "wsus-new-N" in the domain of {@code upstream} (null for a
     * root) or of the plan, with the first unused N (see {@link NewServerNames}).
     */
    public static Server create(Topology topology, Server upstream, Position at) {
        String domain = NewServerNames.domainFor(topology, upstream);
        int n = NewServerNames.number(topology, domain);
        Server s = new Server(topology.freshId(NewServerNames.HOST_PREFIX + n));
        s.setName(NewServerNames.name(n, domain));
        s.setPosition(at);
        return s;
    }

    /**
     * The command adding a server of {@code kind} at {@code at}; with an upstream it becomes its
     * downstream (a replica one for {@link ServerKind#REPLICA}).
     */
    public static Command add(Edits edits, ServerKind kind, Server upstream, Position at) {
        Server up = kind == ServerKind.ROOT ? null : upstream;
        Server s = create(edits.topology(), up, at);
        s.setReplica(kind == ServerKind.REPLICA);
        return edits.add(s, up);
    }
}
