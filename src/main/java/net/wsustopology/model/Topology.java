package net.wsustopology.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plan: its servers in file order and the indexes that answer tree questions (downstreams,
 * roots, namesakes) without scanning; the facts of the tree are its {@link Hierarchy}. One watcher follows every setting of
 * every server (see {@link ServerWatcher}), keeps the indexes current and forwards the change to {@link TopologyListener}s.
 */
public final class Topology {
    public static final String PLAN_NAME = "planName";
    public static final String DESCRIPTION = "description";
    public static final String LIMITS = "limits";

    private String name = "";
    private String description = "";
    private Limits limits = Limits.DEFAULT;
    private final Map<String, String> unknownMembers = new LinkedHashMap<>();

    private final List<Server> servers = new ArrayList<>();
    private final Map<String, Server> byId = new HashMap<>();
    private final Map<String, List<Server>> downstreamsByUpstream = new HashMap<>();
    private final Map<String, List<Server>> byLowerName = new HashMap<>();
    private final List<TopologyListener> listeners = new CopyOnWriteArrayList<>();
    /** Inside {@link #tryQuietly}: listeners hear nothing. */
    private boolean quiet;
    private final ServerWatcher serverWatcher = this::onServerChanged;
    private final Hierarchy hierarchy = new Hierarchy(this);

    // ---- plan settings

    private void planChanged(String property) {
        if (!quiet) for (TopologyListener l : listeners) l.planChanged(property);
    }

    public String getName() { return name; }
    public void setName(String v) {
        if (Objects.equals(name, v)) return;
        name = v;
        planChanged(PLAN_NAME);
    }

    public String getDescription() { return description; }
    public void setDescription(String v) {
        if (Objects.equals(description, v)) return;
        description = v;
        planChanged(DESCRIPTION);
    }

    public Limits getLimits() { return limits; }
    public void setLimits(Limits v) {
        if (limits.equals(Objects.requireNonNull(v))) return;
        limits = v;
        planChanged(LIMITS);
    }

    public Map<String, String> unknownMembers() { return unknownMembers; }

    // ---- listeners

    public void addListener(TopologyListener l) { listeners.add(l); }
    public void removeListener(TopologyListener l) { listeners.remove(l); }

    /**
     * Runs {@code trial}, which edits the plan and undoes its edits before it ends, without telling
     * the listeners: the plan ends as it began, so they have nothing to hear. Trying a fix this way
     * to look at one server spares every listener (a validator, the canvas) what the edit and its
     * undo would make it do, which on a deep chain reaches everything below the edited server.
     */
    public void tryQuietly(Runnable trial) {
        boolean wasQuiet = quiet;
        quiet = true;
        try {
            trial.run();
        } finally {
            quiet = wasQuiet;
        }
    }

    // ---- servers

    /** The servers in file order, read-only. */
    public List<Server> servers() { return Collections.unmodifiableList(servers); }

    public int size() { return servers.size(); }

    public Server server(String id) { return id == null ? null : byId.get(id); }

    public boolean contains(Server s) { return byId.get(s.id()) == s; }

    public int indexOf(Server s) { return servers.indexOf(s); }

    public void addServer(Server s) { addServer(servers.size(), s); }

    public void addServer(int index, Server s) {
        if (byId.containsKey(s.id())) throw new IllegalArgumentException("duplicate server id " + s.id());
        servers.add(index, s);
        byId.put(s.id(), s);
        indexUpstream(s, s.effectiveUpstreamId());
        indexName(s, s.getName());
        watch(s, true);
        hierarchy.structureChanged();
        if (!quiet) for (TopologyListener l : listeners) l.serverAdded(s);
    }

    /** Removes {@code s} and returns the index it had. Its downstreams keep pointing at its id. */
    public int removeServer(Server s) {
        int index = servers.indexOf(s);
        if (index < 0) throw new IllegalArgumentException("not in plan: " + s.id());
        servers.remove(index);
        byId.remove(s.id());
        unindexUpstream(s, s.effectiveUpstreamId());
        unindexName(s, s.getName());
        watch(s, false);
        hierarchy.structureChanged();
        if (!quiet) for (TopologyListener l : listeners) l.serverRemoved(s);
        return index;
    }

    /** An id not used in this plan, derived from {@code base}. */
    public String freshId(String base) {
        String stem = base == null ? "server" : base.replaceAll("[^A-Za-z0-9._-]", "-");
        if (stem.isEmpty()) stem = "server";
        if (stem.length() > 56) stem = stem.substring(0, 56);
        if (!byId.containsKey(stem)) return stem;
        for (int i = 2; ; i++) {
            String candidate = stem + "-" + i;
            if (!byId.containsKey(candidate)) return candidate;
        }
    }

    private void watch(Server s, boolean on) {
        if (on) s.addWatcher(serverWatcher); else s.removeWatcher(serverWatcher);
    }

    private void onServerChanged(Server s, String property, Object oldValue, Object newValue) {
        switch (property) {
            case Server.UPSTREAM_ID -> {
                if (s.isSyncFromUpstream()) {
                    unindexUpstream(s, (String) oldValue);
                    indexUpstream(s, (String) newValue);
                    hierarchy.moved(s);
                }
            }
            case Server.SYNC_FROM_UPSTREAM -> {
                unindexUpstream(s, Boolean.TRUE.equals(oldValue) ? s.getUpstreamId() : null);
                indexUpstream(s, s.effectiveUpstreamId());
                hierarchy.moved(s);
            }
            case Server.LANGUAGES, Server.REPLICA -> hierarchy.languagesChanged(s);
            case Server.NAME -> {
                unindexName(s, (String) oldValue);
                indexName(s, (String) newValue);
            }
            default -> { }
        }
        if (!quiet) for (TopologyListener l : listeners) l.serverChanged(s, property, oldValue, newValue);
    }

    private void indexUpstream(Server s, String upstreamId) {
        if (upstreamId != null) downstreamsByUpstream.computeIfAbsent(upstreamId, k -> new ArrayList<>()).add(s);
    }

    private void unindexUpstream(Server s, String upstreamId) {
        if (upstreamId == null) return;
        List<Server> list = downstreamsByUpstream.get(upstreamId);
        if (list != null) {
            list.remove(s);
            if (list.isEmpty()) downstreamsByUpstream.remove(upstreamId);
        }
    }

    private static String nameKey(String name) { return name == null ? "" : name.trim().toLowerCase(Locale.ROOT); }

    private void indexName(Server s, String name) {
        byLowerName.computeIfAbsent(nameKey(name), k -> new ArrayList<>(1)).add(s);
    }

    private void unindexName(Server s, String name) {
        String key = nameKey(name);
        List<Server> list = byLowerName.get(key);
        if (list != null) {
            list.remove(s);
            if (list.isEmpty()) byLowerName.remove(key);
        }
    }

    // ---- tree queries

    /** Servers that sync from the server with this id (also when no such server exists). */
    public List<Server> downstreamsOf(String id) {
        List<Server> list = downstreamsByUpstream.get(id);
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    public List<Server> downstreams(Server s) { return downstreamsOf(s.id()); }

    public int downstreamCount(Server s) {
        List<Server> list = downstreamsByUpstream.get(s.id());
        return list == null ? 0 : list.size();
    }

    /** The server {@code s} syncs from, or null for a root or a dangling reference. */
    public Server upstreamOf(Server s) { return server(s.effectiveUpstreamId()); }

    /** The port {@code s} connects to on its upstream, as {@link Ports#sourcePort} decides; null when nobody knows it. */
    public Integer sourcePort(Server s) { return Ports.sourcePort(s, upstreamOf(s)); }

    /** Servers that sync from Microsoft Update, in file order. */
    public List<Server> roots() {
        List<Server> roots = new ArrayList<>();
        for (Server s : servers) if (!s.isSyncFromUpstream()) roots.add(s);
        return roots;
    }

    /** Servers sharing {@code name}, compared case-insensitively. */
    public List<Server> serversNamed(String name) {
        List<Server> list = byLowerName.get(nameKey(name));
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /** The tree's facts (tier, loops, effective languages, rollout order, subtrees), kept current through every edit. */
    public Hierarchy hierarchy() { return hierarchy; }

    /** Shorthand for {@link Hierarchy#upstreamChain}. */
    public List<Server> upstreamChain(Server s) { return hierarchy.upstreamChain(s); }

    /** Shorthand for {@link Hierarchy#tier}. */
    public OptionalInt tier(Server s) { return hierarchy.tier(s); }

    /** Shorthand for {@link Hierarchy#isInLoop}. */
    public boolean isInLoop(Server s) { return hierarchy.isInLoop(s); }

    /** Shorthand for {@link Hierarchy#isSelfOrUpstreamOf}. */
    public boolean isSelfOrUpstreamOf(Server candidate, Server s) { return hierarchy.isSelfOrUpstreamOf(candidate, s); }

    /** Shorthand for {@link Hierarchy#effectiveLanguages}. */
    public LanguageSelection effectiveLanguages(Server s) { return hierarchy.effectiveLanguages(s); }

    /** Shorthand for {@link Hierarchy#subtree}. */
    public List<Server> subtree(Server s) { return hierarchy.subtree(s); }

    /** True when both plans hold the same settings and servers in the same order. */
    public boolean sameAs(Topology o) {
        if (!Objects.equals(getName(), o.getName()) || !Objects.equals(getDescription(), o.getDescription())
                || !getLimits().equals(o.getLimits()) || !unknownMembers.equals(o.unknownMembers)
                || servers.size() != o.servers.size()) return false;
        for (int i = 0; i < servers.size(); i++) if (!servers.get(i).sameAs(o.servers.get(i))) return false;
        return true;
    }
}
