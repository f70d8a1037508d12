package net.wsustopology.command;

import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** Removes one server; undo puts it back at the same index so the file order is kept. */
public final class RemoveServerCommand implements Command {
    private final Topology topology;
    private final Server server;
    private int index = -1;

    public RemoveServerCommand(Topology topology, Server server) {
        this.topology = topology;
        this.server = server;
    }

    @Override public void execute() { index = topology.removeServer(server); }

    @Override public void undo() { topology.addServer(index, server); }

    @Override public String label() { return "Delete " + server.label(); }
}
