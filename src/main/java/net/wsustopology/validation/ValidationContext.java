package net.wsustopology.validation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * What rules read during one validation pass: the topology plus per-pass memos of answers
 * that many servers share (tiers, effective languages, loops, sync clashes among siblings), so
 * a pass stays linear in the number of servers it checks, also when chains loop.
 */
public final class ValidationContext {
    private final Topology topology;
    private final Map<Server, OptionalInt> tiers = new HashMap<>();
    private final Map<Server, LanguageSelection> languages = new HashMap<>();
    private final Map<Server, List<Server>> loops = new HashMap<>();
    private final Map<Server, Integer> loopIndex = new HashMap<>();
    private final Map<Object, Map<Object, Object>> memo = new HashMap<>();

    public ValidationContext(Topology topology) { this.topology = topology; }

    public Topology topology() { return topology; }

    public Limits limits() { return topology.getLimits(); }

    public Server upstreamOf(Server s) { return topology.upstreamOf(s); }

    public List<Server> downstreams(Server s) { return topology.downstreams(s); }

    /**
     * Tier of {@code s} (1 for a root); empty when its chain loops or dangles. Every server met
     * on the walk up is memoised, so a pass costs one walk per chain, not per server.
     */
    public OptionalInt tier(Server s) {
        OptionalInt known = tiers.get(s);
        if (known != null) return known;
        Server up = s.isSyncFromUpstream() ? topology.upstreamOf(s) : null;
        OptionalInt upstreamTier = up == null ? null : tiers.get(up);
        if (upstreamTier != null) { // the common case in file order: no walk, no allocation
            OptionalInt result = upstreamTier.isPresent() ? OptionalInt.of(upstreamTier.getAsInt() + 1) : upstreamTier;
            tiers.put(s, result);
            return result;
        }
        List<Server> chain = new ArrayList<>();
        Set<Server> seen = new HashSet<>();
        Server current = s;
        OptionalInt base;
        while (true) {
            OptionalInt memoised = tiers.get(current);
            if (memoised != null) { base = memoised; break; }
            if (!seen.add(current)) { base = OptionalInt.empty(); break; }
            chain.add(current);
            if (!current.isSyncFromUpstream()) { base = OptionalInt.of(0); break; }
            current = topology.upstreamOf(current);
            if (current == null) { base = OptionalInt.empty(); break; }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            base = base.isPresent() ? OptionalInt.of(base.getAsInt() + 1) : base;
            tiers.put(chain.get(i), base);
        }
        return tiers.get(s);
    }

    /**
     * Effective languages: a replica's come from its upstream chain; null when that chain
     * loops or dangles. Memoised along the chain like {@link #tier}.
     */
    public LanguageSelection effectiveLanguages(Server s) {
        if (languages.containsKey(s)) return languages.get(s);
        if (!s.isSyncFromUpstream() || !s.isReplica()) return s.getLanguages();
        List<Server> chain = new ArrayList<>();
        Set<Server> seen = new HashSet<>();
        Server current = s;
        LanguageSelection result;
        while (true) {
            if (languages.containsKey(current)) { result = languages.get(current); break; }
            if (!seen.add(current)) { result = null; break; }
            chain.add(current);
            if (!current.isSyncFromUpstream() || !current.isReplica()) { result = current.getLanguages(); break; }
            current = topology.upstreamOf(current);
            if (current == null) { result = null; break; }
        }
        for (Server c : chain) languages.put(c, result);
        return result;
    }

    /**
     * The servers of the upstream loop {@code s} is on, starting at {@code s} and following
     * upstreams (so the answer does not depend on where the pass started); empty when {@code s} is on no loop (also when its chain only leads into one).
     * A loop is found once per pass and shared by all its members.
     */
    public List<Server> loopOf(Server s) {
        // a chain that reaches a root has no loop: answered from the tier memo, without a loop entry per server
        if (tier(s).isPresent()) return List.of();
        List<Server> known = loops.get(s);
        if (known != null) return startingAt(known, s);
        Server up = topology.upstreamOf(s);
        if (up == null || (up != s && loops.containsKey(up))) {
            // a loop's members are memoised together, so a server not yet seen is on none
            loops.put(s, List.of());
            return List.of();
        }
        List<Server> chain = new ArrayList<>();
        Map<Server, Integer> position = new HashMap<>();
        Server current = s;
        while (current != null && !loops.containsKey(current) && !position.containsKey(current)) {
            position.put(current, chain.size());
            chain.add(current);
            current = topology.upstreamOf(current);
        }
        int loopStart = current != null && position.containsKey(current) ? position.get(current) : chain.size();
        List<Server> loop = List.copyOf(chain.subList(loopStart, chain.size()));
        for (int i = 0; i < loopStart; i++) loops.put(chain.get(i), List.of());
        for (int i = 0; i < loop.size(); i++) {
            loops.put(loop.get(i), loop);
            loopIndex.put(loop.get(i), i);
        }
        return startingAt(loops.get(s), s);
    }

    /** A rotated view, so each member of a long loop costs O(1) rather than a copy. */
    private List<Server> startingAt(List<Server> loop, Server first) {
        if (loop.isEmpty()) return loop;
        int start = loopIndex.get(first);
        return new AbstractList<>() {
            @Override public Server get(int i) { return loop.get((start + i) % loop.size()); }

            @Override public int size() { return loop.size(); }
        };
    }

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
