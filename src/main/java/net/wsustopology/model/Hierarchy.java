package net.wsustopology.model;

import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The facts of a plan's tree, computed once and kept until an edit changes them: tier, loop
 * membership, effective languages, rollout order, what lies above and below a server. Its
 * {@link Topology} hands it out ({@link Topology#hierarchy()}) and forgets the memos when a
 * server is added, removed or moved (and the languages when a language or replica setting
 * changes), before any listener hears of the change.
 *
 * <p>Every walk is a loop over an explicit list, never a recursion, so a chain of any depth is
 * answered without growing the stack; every memo is filled along the walk, so answering for all
 * servers costs one walk per chain. Memos fill as they are asked: call {@link #complete()} before
 * several threads read one hierarchy.
 */
public final class Hierarchy {
    /** Memo value of a server with no tier (its chain loops or dangles). */
    private static final int NO_TIER = 0;
    /** Memo value of a server whose effective languages are unknown (its chain of replicas loops or dangles). */
    private static final Object UNKNOWN = new Object();

    private final Topology topology;
    private Map<Server, Integer> tiers = new HashMap<>();
    private Map<Server, Object> languages = new HashMap<>();
    private Map<Server, List<Server>> loops = new HashMap<>();
    private Map<Server, Integer> loopIndex = new HashMap<>();
    private List<Server> rolloutOrder;

    Hierarchy(Topology topology) { this.topology = topology; }

    /** Forgets every memo: a server was added or removed. */
    void structureChanged() {
        tiers = new HashMap<>();
        loops = new HashMap<>();
        loopIndex = new HashMap<>();
        rolloutOrder = null;
        languages = new HashMap<>();
    }

    /**
     * Forgets what {@code moved} changing its upstream can change: the memos of it and of what lies
     * below it. The rest stays, so trying a move high up a deep chain (as {@code fix} does) and undoing
     * it costs what the memos forgotten cost, not a walk of the whole chain.
     */
    void moved(Server moved) {
        rolloutOrder = null;
        forgetBelow(moved, true);
    }

    /** Forgets the effective languages {@code changed}'s languages or replica mode reach: its own and its heirs'. */
    void languagesChanged(Server changed) { forgetBelow(changed, false); }

    /**
     * Walks down from {@code top} while the servers met have memos, removing them. Each memo is
     * filled along a walk up that memoises every server it passes, so a server without a memo has
     * none below it that depend on it: the walk stops there, and a memo removed once is never
     * met again, which also ends it on loops.
     */
    private void forgetBelow(Server top, boolean structure) {
        ArrayDeque<Server> stack = new ArrayDeque<>();
        forget(top, structure);
        stack.push(top);
        while (!stack.isEmpty()) {
            for (Server d : topology.downstreams(stack.pop())) if (forget(d, structure)) stack.push(d);
        }
    }

    /** Removes the memos of {@code s} (only its languages unless {@code structure}); true when it had one. */
    private boolean forget(Server s, boolean structure) {
        boolean had = languages.remove(s) != null;
        if (structure) {
            had |= tiers.remove(s) != null;
            had |= loops.remove(s) != null;
            loopIndex.remove(s);
        }
        return had;
    }

    /** How many servers have a memoised tier (for tests of what an edit forgets). */
    int memoisedTiers() { return tiers.size(); }

    // ---- above a server

    /**
     * The servers {@code s} syncs from, nearest first, up to a root. The walk stops before a
     * dangling reference and before the first server it meets again ({@code s} included), so it
     * ends on every plan, also one with loops.
     */
    public List<Server> upstreamChain(Server s) {
        List<Server> chain = new ArrayList<>(4);
        Set<Server> seen = null; // made only for long chains: a short list is searched faster
        Server current = topology.upstreamOf(s);
        while (current != null && current != s) {
            if (seen == null ? chain.contains(current) : !seen.add(current)) break;
            chain.add(current);
            if (seen == null && chain.size() > 16) seen = new HashSet<>(chain);
            current = topology.upstreamOf(current);
        }
        return chain;
    }

    /** True when {@code candidate} is {@code s} or one of its upstreams (so it cannot sync from s). */
    public boolean isSelfOrUpstreamOf(Server candidate, Server s) {
        if (candidate == s) return true;
        int below = tierOrZero(s);
        int above = tierOrZero(candidate);
        if (below == NO_TIER || above == NO_TIER) return upstreamChain(s).contains(candidate);
        // on tiers an upstream is exactly the difference of tiers above, so no walk to the root is needed
        Server current = s;
        for (int steps = below - above; steps > 0; steps--) current = topology.upstreamOf(current);
        return current == candidate && below > above;
    }

    /** 1 for a root, 2 for its downstreams...; empty when the chain loops or dangles. */
    public OptionalInt tier(Server s) {
        int tier = tierOrZero(s);
        return tier == NO_TIER ? OptionalInt.empty() : OptionalInt.of(tier);
    }

    /** The tier, or null when there is none. */
    public Integer tierOrNull(Server s) {
        int tier = tierOrZero(s);
        return tier == NO_TIER ? null : tier;
    }

    private int tierOrZero(Server s) {
        Integer known = tiers.get(s);
        if (known != null) return known;
        if (!s.isSyncFromUpstream()) return memoTier(s, 1);
        Server up = topology.upstreamOf(s);
        if (up == null) return memoTier(s, NO_TIER);
        Integer upstreamTier = tiers.get(up);
        if (upstreamTier != null) return memoTier(s, upstreamTier == NO_TIER ? NO_TIER : upstreamTier + 1); // the common case in file order
        List<Server> chain = new ArrayList<>();
        Set<Server> seen = new HashSet<>();
        Server current = s;
        int base = 0;
        boolean tiered;
        while (true) {
            Integer memoised = tiers.get(current);
            if (memoised != null) { base = memoised; tiered = memoised != NO_TIER; break; }
            if (!seen.add(current)) { tiered = false; break; }
            chain.add(current);
            if (!current.isSyncFromUpstream()) { tiered = true; break; }
            current = topology.upstreamOf(current);
            if (current == null) { tiered = false; break; }
        }
        for (int i = chain.size() - 1; i >= 0; i--) tiers.put(chain.get(i), tiered ? ++base : NO_TIER);
        return tiers.get(s);
    }

    private int memoTier(Server s, int tier) {
        tiers.put(s, tier);
        return tier;
    }

    /**
     * The servers of the upstream loop {@code s} is on, starting at {@code s} and following
     * upstreams; empty when {@code s} is on no loop (also when its chain only leads into one).
     * A loop is found once and shared by all its members.
     */
    public List<Server> loopOf(Server s) {
        if (tierOrZero(s) != NO_TIER) return List.of();
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

    /** True when {@code s} is on a loop of upstream references (not only below one). */
    public boolean isInLoop(Server s) { return !loopOf(s).isEmpty(); }

    /** Effective languages: a replica's come from its upstream chain; null when that chain loops or dangles. */
    public LanguageSelection effectiveLanguages(Server s) {
        if (!inheritsLanguages(s)) return s.getLanguages();
        Object known = languages.get(s);
        if (known != null) return known == UNKNOWN ? null : (LanguageSelection) known;
        List<Server> chain = new ArrayList<>();
        Set<Server> seen = new HashSet<>();
        Server current = s;
        Object result;
        while (true) {
            Object memoised = languages.get(current);
            if (memoised != null) { result = memoised; break; }
            if (!seen.add(current)) { result = UNKNOWN; break; }
            if (!inheritsLanguages(current)) { result = current.getLanguages(); break; }
            chain.add(current);
            current = topology.upstreamOf(current);
            if (current == null) { result = UNKNOWN; break; }
        }
        for (Server c : chain) languages.put(c, result);
        return result == UNKNOWN ? null : (LanguageSelection) result;
    }

    private static boolean inheritsLanguages(Server s) { return s.isSyncFromUpstream() && s.isReplica(); }

    // ---- the whole plan

    /**
     * Every server in the order to configure them: by tier (upstreams first), then file order;
     * the servers without a tier (on or under a loop, under a missing upstream) last, in file order.
     */
    public List<Server> rolloutOrder() {
        if (rolloutOrder == null) {
            List<List<Server>> byTier = new ArrayList<>();
            List<Server> withoutTier = new ArrayList<>();
            for (Server s : topology.servers()) {
                int tier = tierOrZero(s);
                if (tier == NO_TIER) { withoutTier.add(s); continue; }
                while (byTier.size() < tier) byTier.add(new ArrayList<>());
                byTier.get(tier - 1).add(s);
            }
            List<Server> order = new ArrayList<>(topology.size());
            for (List<Server> tier : byTier) order.addAll(tier);
            order.addAll(withoutTier);
            rolloutOrder = List.copyOf(order);
        }
        return rolloutOrder;
    }

    /** Fills every memo, after which the hierarchy is only read until the next edit (so threads may share it). */
    public void complete() {
        for (Server s : topology.servers()) {
            tierOrZero(s);
            loopOf(s);
            effectiveLanguages(s);
        }
        rolloutOrder();
    }

    // ---- below a server

    /** {@code s} and everything that syncs from it, directly or not, breadth first; safe on loops. */
    public List<Server> subtree(Server s) {
        List<Server> result = new ArrayList<>();
        Set<Server> seen = new HashSet<>();
        ArrayDeque<Server> queue = new ArrayDeque<>();
        queue.add(s);
        seen.add(s);
        while (!queue.isEmpty()) {
            Server next = queue.poll();
            result.add(next);
            for (Server d : topology.downstreams(next)) if (seen.add(d)) queue.add(d);
        }
        return result;
    }

    /** Everything that syncs from {@code s}, directly or not, breadth first ({@code s} itself only when on a loop with it). */
    public List<Server> allBelow(Server s) {
        List<Server> below = subtree(s);
        below.remove(0);
        if (isInLoop(s)) below.add(s);
        return below;
    }

    /**
     * How many servers sync from {@code s}, directly or not, counted without building the list: below
     * a root no loop can hang (a loop's members never reach a root), so nothing is met twice.
     */
    public int countBelow(Server s) {
        if (s.isSyncFromUpstream()) return allBelow(s).size();
        int count = 0;
        ArrayDeque<Server> stack = new ArrayDeque<>(topology.downstreams(s));
        while (!stack.isEmpty()) {
            Server next = stack.pop();
            count++;
            for (Server d : topology.downstreams(next)) stack.push(d);
        }
        return count;
    }

    /** {@code s}, its downstreams, and through replicas everything that inherits its languages. */
    public List<Server> languageHeirs(Server s) {
        List<Server> heirs = new ArrayList<>(List.of(s));
        List<Server> frontier = new ArrayList<>(topology.downstreams(s));
        Set<Server> seen = new HashSet<>();
        while (!frontier.isEmpty()) {
            Server d = frontier.remove(frontier.size() - 1);
            if (!seen.add(d)) continue;
            heirs.add(d);
            if (d.isReplica()) frontier.addAll(topology.downstreams(d));
        }
        return heirs;
    }
}
