package net.wsustopology.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import net.wsustopology.model.LanguageCatalog;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Ports;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerProperty;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;
import net.wsustopology.model.Topology;

/**
 * Builds every user-level edit of a plan, with its label, as the one undoable command the
 * editor, the inspector, the insight views and quick fixes execute. Each method returns an empty
 * result when the edit would change nothing, so a no-op never becomes an undo step; pass the
 * result to {@code Document.execute(Optional)}.
 *
 * <p>Rules that several edits share live here once: a server that gets an upstream, or changes
 * protocol, takes the upstream's port for that protocol as its source port ({@link #connect}),
 * and keeps its SSL unless the upstream requires it ({@link Ports}).
 */
public final class Edits {
    private final Topology topology;

    public Edits(Topology topology) { this.topology = topology; }

    public Topology topology() { return topology; }

    public static String plural(int n, String noun) { return n + " " + noun + (n == 1 ? "" : "s"); }

    /** "x.corp.example.com" for one server, "3 servers" for several. */
    private static String names(Collection<Server> servers) {
        return servers.size() == 1 ? servers.iterator().next().label() : plural(servers.size(), "server");
    }

    private static Optional<Command> step(String label, List<Command> parts) {
        return parts.isEmpty() ? Optional.empty() : Optional.of(new CompositeCommand(label, parts));
    }

    // ---- servers in and out

    /** Adds {@code server}; when {@code upstream} is given it becomes its downstream, with SSL as {@link Ports#sslUnder} decides. */
    public Optional<Command> add(Server server, Server upstream) {
        List<Command> parts = new ArrayList<>();
        parts.add(new AddServerCommand(topology, server));
        if (upstream != null) connect(server, upstream, Ports.sslUnder(server, upstream), parts);
        return step("Add " + server.label(), parts);
    }

    /** Adopt into Plan: a server only deployed joins the plan as it is (its upstream and every setting already set), one step. */
    public Optional<Command> adopt(Server server) {
        return step("Adopt " + server.label() + " into the plan", List.of(new AddServerCommand(topology, server)));
    }

    /** Adds several servers (a paste) as one step. */
    public Optional<Command> addAll(Collection<Server> servers) { return addAll(servers, "Paste"); }

    /** Adds several servers as one step called "{@code verb} N servers" (Paste, Duplicate). */
    public Optional<Command> addAll(Collection<Server> servers, String verb) {
        List<Command> parts = new ArrayList<>();
        for (Server s : servers) parts.add(new AddServerCommand(topology, s));
        return step(verb + " " + plural(parts.size(), "server"), parts);
    }

    /**
     * Adds several servers (a paste onto {@code upstream}) as one step: those whose upstream is not
     * among them become downstreams of {@code upstream}, as {@link #add} makes them (each keeps its own SSL).
     */
    public Optional<Command> addAllUnder(List<Server> servers, Server upstream) {
        Set<String> ids = new HashSet<>();
        for (Server s : servers) ids.add(s.id());
        List<Command> parts = new ArrayList<>();
        for (Server s : servers) {
            parts.add(new AddServerCommand(topology, s));
            boolean top = !s.isSyncFromUpstream() || !ids.contains(s.getUpstreamId());
            if (top) connect(s, upstream, Ports.sslUnder(s, upstream), parts);
        }
        return step("Paste " + plural(servers.size(), "server") + " under " + upstream.label(), parts);
    }

    /**
     * Deletes the servers; each surviving downstream is re-attached to its nearest surviving
     * upstream, or becomes a root when there is none, so the rest of the tree stays connected.
     */
    public Optional<Command> delete(Collection<Server> victims) {
        Set<Server> gone = new LinkedHashSet<>(victims);
        List<Command> parts = new ArrayList<>();
        for (Server v : gone) {
            for (Server child : topology.downstreams(v)) {
                if (gone.contains(child)) continue;
                Server heir = heir(v, child, gone);
                if (heir == null) makeRoot(child, parts);
                else connect(child, heir, Ports.sslUnder(child, heir), parts);
            }
        }
        for (Server v : gone) parts.add(new RemoveServerCommand(topology, v));
        return step("Delete " + names(gone), parts);
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

    // ---- the tree

    /** Whether {@code server} may sync from {@code upstream} without creating a loop. */
    public boolean canReparent(Server server, Server upstream) {
        return !topology.isSelfOrUpstreamOf(server, upstream);
    }

    /** Makes {@code server} sync from {@code upstream}, keeping SSL if it used it or the upstream requires it. */
    public Optional<Command> reparent(Server server, Server upstream) { return reparentAll(List.of(server), upstream); }

    /**
     * Makes every server sync from {@code upstream} as one step ("Connect 3 servers to hq"); one
     * that already does is left as it is. Callers check {@link #canReparent}.
     */
    public Optional<Command> reparentAll(Collection<Server> servers, Server upstream) {
        List<Command> parts = new ArrayList<>();
        List<Server> changed = new ArrayList<>();
        for (Server s : servers) {
            if (upstream.id().equals(s.effectiveUpstreamId())) continue;
            if (connect(s, upstream, Ports.sslUnder(s, upstream), parts)) changed.add(s);
        }
        return step("Connect " + names(changed) + " to " + upstream.label(), parts);
    }

    /** Makes {@code server} sync from Microsoft Update (and no replica). */
    public Optional<Command> makeRoot(Server server) { return makeRoots(List.of(server)); }

    /** Makes every server sync from Microsoft Update as one step; each remembers its upstream, as the console does. */
    public Optional<Command> makeRoots(Collection<Server> servers) {
        List<Command> parts = new ArrayList<>();
        List<Server> changed = new ArrayList<>();
        for (Server s : servers) if (makeRoot(s, parts)) changed.add(s);
        String label = changed.size() == 1 ? "Make " + names(changed) + " a root" : "Make " + names(changed) + " roots";
        return step(label, parts);
    }

    /** Servers that sync from Microsoft Update go back to the upstream they remember (callers check it exists and makes no loop). */
    public Optional<Command> resumeUpstream(Collection<Server> servers) {
        List<Server> changing = new ArrayList<>();
        for (Server s : servers) if (!s.isSyncFromUpstream() && s.getUpstreamId() != null) changing.add(s);
        return set(changing, ServerSettings.SYNC_FROM_UPSTREAM, true);
    }

    /** Switches SSL of every server; a server with an upstream also moves to the upstream's port for the protocol. */
    public Optional<Command> setUseSsl(Collection<Server> servers, boolean ssl) {
        List<Command> parts = new ArrayList<>();
        List<Server> changed = new ArrayList<>();
        for (Server s : servers) {
            Server up = topology.upstreamOf(s);
            boolean changes = up != null ? connect(s, up, ssl, parts) : change(s, ServerSettings.USE_SSL, ssl, parts);
            if (changes) changed.add(s);
        }
        return step((ssl ? "Use SSL for " : "Stop SSL for ") + names(changed), parts);
    }

    /**
     * Gives each server with an upstream the upstream's port for the protocol it uses as its
     * source port, and a server whose upstream is not in the plan no source port ("Use the
     * upstream's port on ber").
     */
    public Optional<Command> followUpstreamPort(Collection<Server> servers) {
        List<Command> parts = new ArrayList<>();
        List<Server> changed = new ArrayList<>();
        for (Server s : servers) {
            Server up = topology.upstreamOf(s);
            boolean changes = up != null ? connect(s, up, s.isUseSsl(), parts) : change(s, ServerSettings.SOURCE_PORT, null, parts);
            if (changes) changed.add(s);
        }
        return step("Use the upstream's port on " + names(changed), parts);
    }

    /**
     * The one home of the rule "a connected server's source port follows its upstream's port for
     * the chosen protocol": adds to {@code parts} what makes {@code server} sync from
     * {@code upstream} with {@code ssl}; true when anything changes.
     */
    private static boolean connect(Server server, Server upstream, boolean ssl, List<Command> parts) {
        boolean changed = change(server, ServerSettings.SYNC_FROM_UPSTREAM, true, parts);
        changed |= change(server, ServerSettings.UPSTREAM_ID, upstream.id(), parts);
        changed |= change(server, ServerSettings.USE_SSL, ssl, parts);
        changed |= change(server, ServerSettings.SOURCE_PORT, Ports.upstreamPort(upstream, ssl), parts);
        return changed;
    }

    private static boolean makeRoot(Server server, List<Command> parts) {
        boolean changed = change(server, ServerSettings.SYNC_FROM_UPSTREAM, false, parts);
        return change(server, ServerSettings.REPLICA, false, parts) | changed;
    }

    /** Adds a set of {@code property} to {@code parts} unless the server already has {@code value}. */
    private static <T> boolean change(Server server, ServerProperty<T> property, T value, List<Command> parts) {
        if (Objects.equals(property.get(server), value)) return false;
        parts.add(SetValueCommand.of(server, property, value, ""));
        return true;
    }

    // ---- settings

    /** Sets one property of several servers as one step ("Set HTTP port of 3 servers"); servers that have it already are left out. */
    public <T> Optional<Command> set(Collection<Server> servers, ServerProperty<T> property, T value) {
        return update(servers, property, old -> value, property.label());
    }

    /** Sets one setting of the table (a part of a record, such as the proxy's port) on several servers, as one step. */
    @SuppressWarnings("unchecked")
    public Optional<Command> set(Collection<Server> servers, Setting setting, Object fileValue) {
        return update(servers, (ServerProperty<Object>) setting.owner(), setting.change(fileValue), setting.label());
    }

    /** Replaces a property of each server by {@code change} of its own value, as one step "Set {@code what} of ...". */
    public <T> Optional<Command> update(Collection<Server> servers, ServerProperty<T> property, UnaryOperator<T> change, String what) {
        List<Command> parts = new ArrayList<>();
        List<Server> changed = new ArrayList<>();
        for (Server s : servers) if (change(s, property, change.apply(property.get(s)), parts)) changed.add(s);
        return step("Set " + what + " of " + names(changed), parts);
    }

    /** Adds or removes one language on several servers, as one step ("Add Arabic to the languages of ber"). */
    public Optional<Command> setLanguage(Collection<Server> servers, String code, boolean selected) {
        List<Command> parts = new ArrayList<>();
        List<Server> changed = new ArrayList<>();
        for (Server s : servers) {
            if (change(s, ServerSettings.LANGUAGES, s.getLanguages().with(code, selected), parts)) changed.add(s);
        }
        String language = LanguageCatalog.displayName(code);
        return step((selected ? "Add " + language + " to" : "Remove " + language + " from") + " the languages of " + names(changed), parts);
    }

    /** Sets the languages of one server, as the language grid toggles a cell ("Toggle German on ber"). */
    public Optional<Command> setLanguages(Server server, LanguageSelection languages, String label) {
        List<Command> parts = new ArrayList<>();
        change(server, ServerSettings.LANGUAGES, languages, parts);
        return step(label, parts);
    }

    /** Edits made together as one undo step called {@code label} (a fix that moves several servers, a fix run). */
    public static Command together(String label, List<? extends Command> parts) { return new CompositeCommand(label, parts); }

    /** The edit of {@code part} (none when empty) as one undo step called {@code label}. */
    public static Command relabel(String label, Optional<Command> part) { return together(label, part.stream().toList()); }

    // ---- places on the canvas

    /** Moves servers to new positions and pins them (they were placed by hand). */
    public Optional<Command> move(Map<Server, Position> targets) {
        List<Command> parts = new ArrayList<>();
        List<Server> moved = new ArrayList<>();
        for (Map.Entry<Server, Position> e : targets.entrySet()) {
            boolean changed = change(e.getKey(), ServerSettings.POSITION, e.getValue(), parts);
            if (change(e.getKey(), ServerSettings.PINNED, true, parts) | changed) moved.add(e.getKey());
        }
        return step("Move " + names(moved), parts);
    }

    /**
     * Applies a computed layout: positions change, pins stay as they are. {@code alongside}, when
     * given, is the view's own part of the same gesture (Tidy Tree also moves Microsoft Update),
     * undone with it; the result is empty when no server moves.
     */
    public Optional<Command> applyLayout(Map<Server, Position> positions, String label, Command alongside) {
        List<Command> parts = new ArrayList<>();
        for (Map.Entry<Server, Position> e : positions.entrySet()) change(e.getKey(), ServerSettings.POSITION, e.getValue(), parts);
        if (parts.isEmpty()) return Optional.empty();
        if (alongside != null) parts.add(alongside);
        return step(label, parts);
    }

    /**
     * The view's own part of Arrange > Tidy Tree: Microsoft Update to {@code where}, back to
     * where it was ({@code current} when the step first ran) on undo.
     */
    public static Command moveMicrosoftUpdate(Supplier<Position> current, Consumer<Position> place, Position where) {
        return SetValueCommand.of(current, place, where, "Move Microsoft Update");
    }

    /** Arrange > Unpin All: lets the layout move hand-placed servers again. */
    public Optional<Command> unpinAll() {
        List<Command> parts = new ArrayList<>();
        for (Server s : topology.servers()) change(s, ServerSettings.PINNED, false, parts);
        return step("Unpin " + plural(parts.size(), "server"), parts);
    }

    // ---- the plan's own settings

    public Optional<Command> renamePlan(String name) {
        return setPlan(topology::getName, topology::setName, name, "Rename plan");
    }

    public Optional<Command> describePlan(String description) {
        return setPlan(topology::getDescription, topology::setDescription, description, "Edit plan description");
    }

    public Optional<Command> setLimits(Limits limits) {
        return setPlan(topology::getLimits, topology::setLimits, limits, "Change plan limits");
    }

    private <T> Optional<Command> setPlan(Supplier<T> getter, Consumer<T> setter, T value, String label) {
        SetValueCommand<T> command = SetValueCommand.of(getter, setter, value, label);
        return command.changesAnything() ? Optional.of(command) : Optional.empty();
    }

    /** Gives a server the value a deployed server has for one property ("Take deployed proxy of wsus-ber"), as one step. */
    public <T> Optional<Command> takeDeployed(Server server, ServerProperty<T> property, T value) {
        List<Command> parts = new ArrayList<>();
        change(server, property, value, parts);
        return step("Take deployed " + property.label() + " of " + server.label(), parts);
    }
}
