package net.wsustopology.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * What rules read during one validation pass: the topology plus per-pass memos of answers
 * that many servers share (tiers, effective languages, sync clashes among siblings), so a pass
 * stays linear in the number of servers it checks.
 */
public final class ValidationContext {
    private final Topology topology;
    private final Map<Server, OptionalInt> tiers = new HashMap<>();
    private final Map<String, Object> memo = new HashMap<>();

    public ValidationContext(Topology topology) { this.topology = topology; }

    public Topology topology() { return topology; }

    public Limits limits() { return topology.getLimits(); }

    public Server upstreamOf(Server s) { return topology.upstreamOf(s); }

    public List<Server> downstreams(Server s) { return topology.downstreams(s); }

    /** Tier of {@code s}, memoised along the chain so a deep plan is not walked once per server. */
    public OptionalInt tier(Server s) {
        OptionalInt known = tiers.get(s);
        if (known != null) return known;
        OptionalInt result;
        if (!s.isSyncFromUpstream()) {
            result = OptionalInt.of(1);
        } else {
            Server up = topology.upstreamOf(s);
            if (up == null) {
                result = OptionalInt.empty();
            } else if (tiers.containsKey(up)) {
                OptionalInt t = tiers.get(up);
                result = t.isPresent() ? OptionalInt.of(t.getAsInt() + 1) : OptionalInt.empty();
            } else {
                result = topology.tier(s);
            }
        }
        tiers.put(s, result);
        return result;
    }

    public LanguageSelection effectiveLanguages(Server s) { return topology.effectiveLanguages(s); }

    /** A value computed once per pass under {@code key} (for answers shared by siblings). */
    @SuppressWarnings("unchecked")
    public <T> T memo(String key, java.util.function.Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            memo.put(key, v);
        }
        return (T) v;
    }
}
