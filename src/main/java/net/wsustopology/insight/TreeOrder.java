package net.wsustopology.insight;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * The servers of a plan as the tree reads: depth-first from each root in file order, then the
 * servers whose chain dangles or loops. Iterative, so a very long chain cannot overflow the stack.
 */
public final class TreeOrder {
    private TreeOrder() { }

    public static List<TreeRow> of(Topology topology) {
        List<TreeRow> rows = new ArrayList<>(topology.size());
        Set<Server> placed = new HashSet<>();
        for (Server root : topology.roots()) walk(topology, root, false, rows, placed);
        for (Server s : topology.servers()) {
            if (s.isSyncFromUpstream() && topology.upstreamOf(s) == null && !placed.contains(s)) {
                walk(topology, s, true, rows, placed);
            }
        }
        for (Server s : topology.servers()) if (!placed.contains(s)) walk(topology, s, true, rows, placed);
        return rows;
    }

    private static void walk(Topology topology, Server start, boolean detached, List<TreeRow> rows, Set<Server> placed) {
        Deque<TreeRow> stack = new ArrayDeque<>();
        stack.push(new TreeRow(start, 0, detached));
        placed.add(start);
        while (!stack.isEmpty()) {
            TreeRow row = stack.pop();
            rows.add(row);
            List<Server> children = topology.downstreams(row.server());
            for (int i = children.size() - 1; i >= 0; i--) {
                Server child = children.get(i);
                if (placed.add(child)) stack.push(new TreeRow(child, row.depth() + 1, detached));
            }
        }
    }
}
