package net.wsustopology.ui.canvas;

import java.util.Optional;
import net.wsustopology.command.Command;
import net.wsustopology.command.NewServerNames;
import net.wsustopology.document.Document;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** Makes the servers the palette and the context menu add: fresh id, unused name in the plan's domain, the user's default WSUS version. */
public final class NewServers {
    private NewServers() { }

    /**
     * A new, not yet added server "wsus-new-N" in the domain of {@code upstream} (null for a
     * root) or of the plan, with the first unused N (see {@link NewServerNames}).
     */
    public static Server create(Document document, Server upstream, Position at) {
        Topology topology = document.topology();
        String domain = NewServerNames.domainFor(topology, upstream);
        int n = NewServerNames.number(topology, domain);
        Server s = document.newServer(topology.freshId(NewServerNames.HOST_PREFIX + n), NewServerNames.name(n, domain));
        s.setPosition(at);
        return s;
    }

    /**
     * The command adding a server of {@code kind} at {@code at}; with an upstream it becomes its
     * downstream (a replica one for {@link ServerKind#REPLICA}).
     */
    public static Optional<Command> add(Document document, ServerKind kind, Server upstream, Position at) {
        Server up = kind == ServerKind.ROOT ? null : upstream;
        Server s = create(document, up, at);
        s.setReplica(kind == ServerKind.REPLICA);
        return document.edits().add(s, up);
    }
}
