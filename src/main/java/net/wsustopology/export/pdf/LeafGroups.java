package net.wsustopology.export.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * The PDF's tables at the summary level: when the overview draws the leaf downstreams of one
 * upstream as one group card, the tables speak of them in one row too ("99 servers below
 * wsus303"), saying what they share and counting what differs, so a plan of thousands of
 * branches makes a few pages of tables instead of hundreds. Groups smaller than {@link #MIN}
 * keep a row per server, and so does a plan of up to {@link #ROW_PER_SERVER} servers, whose
 * tables take a few pages anyway and whose findings keep what each says of its server. Every
 * server's own row stays one command away (CSV export).
 */
final class LeafGroups {
    /** Fewer leaves than this under one upstream keep their own rows. */
    static final int MIN = 10;
    /** A column with more different values than this says how many there are instead of listing them. */
    private static final int MOST_LISTED = 3;
    private static final LeafGroups NONE = new LeafGroups(Map.of());

    private final Map<Server, List<Server>> groupOfMember;

    private LeafGroups(Map<Server, List<Server>> groupOfMember) { this.groupOfMember = groupOfMember; }

    /** Every server keeps its own row (a plan whose overview shows every card). */
    static LeafGroups none() { return NONE; }

    /** Plans of up to this many servers keep a row per server (about 25 pages of table). */
    static final int ROW_PER_SERVER = 500;

    /**
     * The groups of leaves of {@code topology}: the downstreams without downstreams of each
     * upstream, when there are at least {@link #MIN}; none in a plan of up to {@link #ROW_PER_SERVER} servers.
     */
    static LeafGroups of(Topology topology) {
        if (topology.size() <= ROW_PER_SERVER) return NONE;
        Map<Server, List<Server>> leavesOf = new LinkedHashMap<>();
        for (Server s : topology.servers()) {
            Server up = topology.upstreamOf(s);
            if (up == null || up == s || topology.downstreamCount(s) > 0) continue;
            leavesOf.computeIfAbsent(up, k -> new ArrayList<>()).add(s);
        }
        Map<Server, List<Server>> groupOfMember = new HashMap<>();
        for (List<Server> leaves : leavesOf.values()) {
            if (leaves.size() < MIN) continue;
            List<Server> group = List.copyOf(leaves);
            for (Server s : group) groupOfMember.put(s, group);
        }
        return new LeafGroups(groupOfMember);
    }

    /** The group whose row stands for {@code s}, or null when {@code s} has a row of its own. */
    List<Server> groupOf(Server s) { return groupOfMember.get(s); }

    /** True when {@code s} is a group's first member, where the group's row goes. */
    boolean startsGroup(Server s) {
        List<Server> group = groupOfMember.get(s);
        return group != null && group.get(0) == s;
    }

    /** The name of a group's row: "99 servers below wsus303 (wsus304 … wsus402)". */
    static String name(Topology topology, List<Server> group) {
        Server up = topology.upstreamOf(group.get(0));
        return group.size() + " servers below " + (up == null ? "?" : up.label()) + "\n(" + group.get(0).label() + " \u2026 "
                + group.get(group.size() - 1).label() + ")";
    }

    /**
     * One cell for a column over a group: the value when all share it; else each value with how
     * many have it, most common first ("8530 ×95, 8531 ×4"); else how many different values there are.
     */
    static String tally(List<Server> group, Function<Server, String> value) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Server s : group) counts.merge(value.apply(s), 1, Integer::sum);
        if (counts.size() == 1) return counts.keySet().iterator().next();
        if (counts.size() > MOST_LISTED) return counts.size() + " different";
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : entries) parts.add((e.getKey().isEmpty() ? "none" : e.getKey()) + " \u00d7" + e.getValue());
        return String.join(", ", parts);
    }
}
