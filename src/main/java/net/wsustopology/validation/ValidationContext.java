package net.wsustopology.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import net.wsustopology.model.Hierarchy;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * What rules read during one validation pass: the topology, its {@link Hierarchy} (tiers,
 * loops, effective languages, memoised by the plan itself) and per-pass memos of answers that
 * many servers share (sync clashes among siblings), so a pass stays linear in the number of
 * servers it checks, also when chains loop.
 */
public final class ValidationContext {
    private final Topology topology;
    private final Hierarchy hierarchy;
    private final Map<Object, Map<Object, Object>> memo = new HashMap<>();

    public ValidationContext(Topology topology) {
        this.topology = topology;
        this.hierarchy = topology.hierarchy();
    }

    public Topology topology() { return topology; }

    /** The tree facts a rule reads through {@link Reads#hierarchy()} or {@link Reads#effectiveLanguages()}. */
    public Hierarchy hierarchy() { return hierarchy; }

    public Limits limits() { return topology.getLimits(); }

    public Server upstreamOf(Server s) { return topology.upstreamOf(s); }

    public List<Server> downstreams(Server s) { return topology.downstreams(s); }

    /** See {@link Hierarchy#tier}. */
    public OptionalInt tier(Server s) { return hierarchy.tier(s); }

    /** See {@link Hierarchy#effectiveLanguages}. */
    public LanguageSelection effectiveLanguages(Server s) { return hierarchy.effectiveLanguages(s); }

    /** See {@link Hierarchy#loopOf}. */
    public List<Server> loopOf(Server s) { return hierarchy.loopOf(s); }

    /**
     * A value computed once per pass for {@code key} by {@code compute}, which also names the
     * kind of answer (for answers shared by siblings, such as their sync clashes). A capture-free
     * function costs nothing per call; a string key built per server would, on 100k servers.
     */
    @SuppressWarnings("unchecked")
    public <K, T> T memo(BiFunction<ValidationContext, K, T> compute, K key) {
        Map<Object, Object> answers = memo.computeIfAbsent(compute, c -> new HashMap<>());
        Object v = answers.get(key);
        if (v == null) {
            v = compute.apply(this, key);
            answers.put(key, v);
        }
        return (T) v;
    }
}
