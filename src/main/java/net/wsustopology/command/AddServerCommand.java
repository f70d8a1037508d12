package net.wsustopology.command;

import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** Adds a server at the end of the plan (or back at its old index on redo of a delete). */
public final class AddServerCommand implements Command {
    private final Topology topology;
    private final Server server;
    private final int index;

    public AddServerCommand(Topology topology, Server server) { this(topology, server, -1); }

    AddServerCommand(Topology topology, Server server, int index) {
        this.topology = topology;
        this.server = server;
        this.index = index;
    }

    public Server server() { return server; }

    @Override public void execute() {
        if (index < 0 || index > topology.size()) topology.addServer(server);
        else topology.addServer(index, server);
    }

    @Override public void undo() { topology.removeServer(server); }

    @Override public String label() { return "Add " + server.label(); }
}
