package net.wsustopology.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Capacity figures of a plan: servers and clients per tier and per root subtree, and the fan-out
 * of every upstream against {@code limits.maxDownstreamServers}. A snapshot.
 */
public final class Capacity {
    private final TreeMap<Integer, TierCount> byTier = new TreeMap<>();
    private TierCount noTier = TierCount.EMPTY;
    private final Map<Server, TierCount> byRoot = new LinkedHashMap<>();
    private final List<FanOut> fanOuts = new ArrayList<>();

    private Capacity(Topology topology) {
        for (Server s : topology.servers()) {
            OptionalInt tier = topology.tier(s);
            if (tier.isPresent()) byTier.merge(tier.getAsInt(), new TierCount(1, s.getClients()),
                    (a, b) -> a.plus(b.servers(), b.clients()));
            else noTier = noTier.plus(1, s.getClients());
        }
        for (Server root : topology.roots()) {
            TierCount count = TierCount.EMPTY;
            for (Server member : topology.subtree(root)) count = count.plus(1, member.getClients());
            byRoot.put(root, count);
        }
        int limit = topology.getLimits().maxDownstreamServers();
        for (Server s : topology.servers()) {
            int n = topology.downstreamCount(s);
            if (n > 0) fanOuts.add(new FanOut(s, n, limit));
        }
        fanOuts.sort(Comparator.comparingInt(FanOut::downstreams).reversed());
    }

    public static Capacity of(Topology topology) { return new Capacity(topology); }

    /** Counts by tier, tier 1 first; tiers without servers between used ones are filled with zero. */
    public Map<Integer, TierCount> byTier() {
        Map<Integer, TierCount> result = new LinkedHashMap<>();
        if (byTier.isEmpty()) return result;
        for (int t = 1; t <= byTier.lastKey(); t++) result.put(t, byTier.getOrDefault(t, TierCount.EMPTY));
        return result;
    }

    /** Servers whose chain loops or dangles. */
    public TierCount noTier() { return noTier; }

    /** Each root's whole subtree (the root included), in file order. */
    public Map<Server, TierCount> byRoot() { return byRoot; }

    /** Every server with downstreams, most downstreams first. */
    public List<FanOut> fanOuts() { return fanOuts; }

    /** The deepest tier in use, 0 for an empty plan or one without roots. */
    public int depth() { return byTier.isEmpty() ? 0 : byTier.lastKey(); }
}
