package net.wsustopology.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerProperty;
import net.wsustopology.model.Topology;

/** Builds the commands for the edits the editor and the insight views offer. */
public final class Edits {
    private final Topology topology;

    public Edits(Topology topology) { this.topology = topology; }

    public Topology topology() { return topology; }

    public static String plural(int n, String noun) { return n + " " + noun + (n == 1 ? "" : "s"); }

    /** Adds {@code server}; when {@code upstream} is given it becomes its downstream with defaulted port and SSL. */
    public Command add(Server server, Server upstream) {
        if (upstream != null) {
            server.setSyncFromUpstream(true);
            server.setUpstreamId(upstream.id());
            server.setUseSsl(upstream.isRequireSsl());
            server.setSourcePort(upstream.listeningPort(server.isUseSsl()));
        }
        return new AddServerCommand(topology, server);
    }

    /** Adds several servers (a paste) as one step. */
    public Command addAll(Collection<Server> servers) {
        List<Command> parts = new ArrayList<>();
        for (Server s : servers) parts.add(new AddServerCommand(topology, s));
        return new CompositeCommand("Paste " + plural(parts.size(), "server"), parts);
    }

    /**
     * Adds several servers (a paste onto {@code upstream}) as one step: those whose upstream is not
     * among them become downstreams of {@code upstream}, as {@link #add} makes them.
     */
    public Command addAllUnder(List<Server> servers, Server upstream) {
        Set<String> ids = new java.util.HashSet<>();
        for (Server s : servers) ids.add(s.id());
        List<Command> parts = new ArrayList<>();
        for (Server s : servers) {
            boolean top = !s.isSyncFromUpstream() || !ids.contains(s.getUpstreamId());
            parts.add(top ? add(s, upstream) : new AddServerCommand(topology, s));
        }
        return new CompositeCommand("Paste " + plural(parts.size(), "server") + " under " + upstream.label(), parts);
    }

    /**
     * Deletes the servers; each surviving downstream is re-attached to its nearest surviving
     * upstream, or becomes a root when there is none, so the rest of the tree stays connected.
     */
    public Command delete(Collection<Server> victims) {
        Set<Server> gone = new LinkedHashSet<>(victims);
        List<Command> parts = new ArrayList<>();
        for (Server v : gone) {
            for (Server child : topology.downstreams(v)) {
                if (gone.contains(child)) continue;
                Server heir = heir(v, child, gone);
                parts.add(heir == null ? makeRoot(child) : reparent(child, heir));
            }
        }
        for (Server v : gone) parts.add(new RemoveServerCommand(topology, v));
        String label = gone.size() == 1 ? "Delete " + gone.iterator().next().label() : "Delete " + plural(gone.size(), "server");
        return new CompositeCommand(label, parts);
    }

    /**
     * The nearest server above {@code victim} that survives the delete, or null when none does
     * before the walk comes back round to {@code child} (the victim was on a loop through it).
     */
    private Server heir(Server victim, Server child, Set<Server> gone) {
        for (Server up : topology.upstreamChain(victim)) {
            if (up == child) return null;
            if (!gone.contains(up)) return up;
        }
        return null;
    }

    /** Makes {@code server} sync from {@code upstream}; port follows the upstream's port for the server's SSL choice. */
    public Command reparent(Server server, Server upstream) {
        boolean ssl = server.isUseSsl() || upstream.isRequireSsl();
        List<Command> parts = new ArrayList<>();
        parts.add(new SetValueCommand<>(server.syncFromUpstreamProperty(), true, ""));
        parts.add(new SetValueCommand<>(server.upstreamIdProperty(), upstream.id(), ""));
        parts.add(new SetValueCommand<>(server.useSslProperty(), ssl, ""));
        parts.add(new SetValueCommand<>(server.sourcePortProperty(), upstream.listeningPort(ssl), ""));
        return new CompositeCommand("Connect " + server.label() + " to " + upstream.label(), parts);
    }

    /** Whether {@code server} may sync from {@code upstream} without creating a loop. */
    public boolean canReparent(Server server, Server upstream) {
        return !topology.isSelfOrUpstreamOf(server, upstream);
    }

    public Command makeRoot(Server server) {
        List<Command> parts = new ArrayList<>();
        parts.add(new SetValueCommand<>(server.syncFromUpstreamProperty(), false, ""));
        parts.add(new SetValueCommand<>(server.replicaProperty(), false, ""));
        return new CompositeCommand("Make " + server.label() + " a root", parts);
    }

    /** Moves servers to new positions and pins them (they were placed by hand). */
    public Command move(Map<Server, Position> targets) {
        List<Command> parts = new ArrayList<>();
        for (Map.Entry<Server, Position> e : targets.entrySet()) {
            parts.add(new SetValueCommand<>(e.getKey().positionProperty(), e.getValue(), ""));
            parts.add(new SetValueCommand<>(e.getKey().pinnedProperty(), true, ""));
        }
        String label = targets.size() == 1 ? "Move " + targets.keySet().iterator().next().label()
                : "Move " + plural(targets.size(), "server");
        return new CompositeCommand(label, parts);
    }

    /** Applies a computed layout: positions change, pins stay as they are. */
    public Command applyLayout(Map<Server, Position> positions, String label) {
        List<Command> parts = new ArrayList<>();
        for (Map.Entry<Server, Position> e : positions.entrySet()) {
            if (!e.getValue().equals(e.getKey().getPosition())) {
                parts.add(new SetValueCommand<>(e.getKey().positionProperty(), e.getValue(), ""));
            }
        }
        return new CompositeCommand(label, parts);
    }

    /** Sets one property of several servers as one step ("Set port of 3 servers"). */
    public <T> Command set(Collection<Server> servers, java.util.function.Function<Server, javafx.beans.property.Property<T>> property,
                           T value, String what) {
        List<Command> parts = new ArrayList<>();
        for (Server s : servers) parts.add(new SetValueCommand<>(property.apply(s), value, ""));
        String label = servers.size() == 1 ? "Set " + what + " of " + servers.iterator().next().label()
                : "Set " + what + " of " + plural(servers.size(), "server");
        return new CompositeCommand(label, parts);
    }

    /** Gives a server the value a deployed server has for one property ("Take deployed proxy of wsus-ber"), as one step. */
    public <T> Command takeDeployed(Server server, ServerProperty<T> property, T value) {
        return new SetSettingCommand<>(server, property, value, "Take deployed " + property.label() + " of " + server.label());
    }
}
