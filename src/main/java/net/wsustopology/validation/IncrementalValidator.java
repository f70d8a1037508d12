package net.wsustopology.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.model.TopologyListener;

/**
 * Keeps {@link Findings} current while a plan is edited. Each change marks the servers whose
 * findings it can affect, derived from what the rules declare they read ({@link Reads}: the
 * server, its upstream, siblings, downstreams, the hierarchy above, namesakes, inherited languages);
 * {@link #flush()} re-checks only those, once per edit.
 */
public final class IncrementalValidator implements TopologyListener {
    private final Topology topology;
    private final Validator validator;
    private final ReadIndex reads;
    private final Findings findings = new Findings();
    private final Set<String> dirty = new LinkedHashSet<>();
    /** Servers whose languages or inherited languages changed: only the language rules are re-run there. */
    private final Set<String> languageDirty = new LinkedHashSet<>();

    public IncrementalValidator(Topology topology) { this(topology, new Validator()); }

    public IncrementalValidator(Topology topology, Validator validator) {
        this.topology = topology;
        this.validator = validator;
        this.reads = new ReadIndex(validator.rules());
        topology.addListener(this);
        for (Server s : topology.servers()) dirty.add(s.id());
        flush();
    }

    public Findings findings() { return findings; }

    public Topology topology() { return topology; }

    /** Ids waiting to be re-checked (for tests and benchmarks). */
    public Set<String> pending() {
        Set<String> all = new LinkedHashSet<>(dirty);
        all.addAll(languageDirty);
        return Set.copyOf(all);
    }

    /** Re-checks every server marked since the last flush and tells listeners once. */
    public void flush() {
        if (dirty.isEmpty() && languageDirty.isEmpty()) return;
        Set<String> ids = new LinkedHashSet<>(dirty);
        ids.addAll(languageDirty);
        ValidationContext context = new ValidationContext(topology);
        Map<String, List<Finding>> fresh = new HashMap<>();
        List<Finding> buffer = new ArrayList<>();
        for (String id : ids) {
            Server s = topology.server(id);
            if (s == null) continue;
            List<Finding> found;
            if (dirty.contains(id)) {
                buffer.clear();
                validator.check(s, context, buffer);
                found = buffer.isEmpty() ? List.of() : new ArrayList<>(buffer);
            } else {
                found = validator.recheckLanguages(s, context, findings.of(id));
            }
            if (!found.isEmpty()) fresh.put(id, found);
        }
        dirty.clear();
        languageDirty.clear();
        findings.replace(ids, fresh);
    }

    public void detach() { topology.removeListener(this); }

    // ---- what a change can affect

    @Override public void serverAdded(Server s) {
        mark(s);
        markUpstreamAndSiblings(s.effectiveUpstreamId());
        markAbove(dirty, s.effectiveUpstreamId());
        for (Server d : topology.downstreamsOf(s.id())) markSubtree(d);
        markNamesakes(s.getName());
    }

    @Override public void serverRemoved(Server s) {
        dirty.add(s.id());
        markUpstreamAndSiblings(s.effectiveUpstreamId());
        markAbove(dirty, s.effectiveUpstreamId());
        for (Server d : topology.downstreamsOf(s.id())) markSubtree(d);
        markNamesakes(s.getName());
    }

    /** Marks what the rules' declared reads of {@code property} reach from {@code s} (see {@link Reads}). */
    @Override public void serverChanged(Server s, String property, Object oldValue, Object newValue) {
        String formerUpstreamId = switch (property) {
            case Server.UPSTREAM_ID -> s.isSyncFromUpstream() ? (String) oldValue : null;
            case Server.SYNC_FROM_UPSTREAM -> Boolean.TRUE.equals(oldValue) ? s.getUpstreamId() : null;
            default -> null;
        };
        for (Map.Entry<Reads.Relation, Boolean> readers : reads.readersOf(property).entrySet()) {
            Set<String> target = readers.getValue() ? languageDirty : dirty;
            addAll(target, readers.getKey().readersOf(topology, s));
            // a move in the tree also reaches the readers under the former upstream, a rename the former namesakes
            switch (readers.getKey()) {
                case SIBLINGS -> {
                    if (formerUpstreamId != null) addAll(target, topology.downstreamsOf(formerUpstreamId));
                }
                case DOWNSTREAMS -> {
                    if (formerUpstreamId != null) target.add(formerUpstreamId);
                }
                case NAMESAKES -> {
                    if (Server.NAME.equals(property)) addAll(target, topology.serversNamed((String) oldValue));
                }
                case ALL_BELOW -> markAbove(target, formerUpstreamId);
                default -> { }
            }
        }
    }

    /** The server {@code id} and every server above it: those that count what is below them ({@link Reads.Relation#ALL_BELOW}). */
    private void markAbove(Set<String> target, String id) {
        Server s = topology.server(id);
        if (s == null) return;
        target.add(id);
        addAll(target, topology.hierarchy().upstreamChain(s));
    }

    private static void addAll(Set<String> target, List<Server> servers) { for (Server s : servers) target.add(s.id()); }

    @Override public void planChanged(String property) {
        if (Topology.LIMITS.equals(property)) markAll(topology.servers());
    }

    private void mark(Server s) { dirty.add(s.id()); }

    private void markAll(List<Server> servers) { for (Server s : servers) dirty.add(s.id()); }

    private void markUpstreamAndSiblings(String upstreamId) {
        if (upstreamId == null) return;
        dirty.add(upstreamId);
        markAll(topology.downstreamsOf(upstreamId));
    }

    private void markSubtree(Server s) { markAll(topology.hierarchy().subtree(s)); }

    private void markNamesakes(String name) { markAll(topology.serversNamed(name)); }
}
