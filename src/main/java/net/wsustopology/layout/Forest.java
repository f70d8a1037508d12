package net.wsustopology.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * The plan as index-based trees for the layout: node {@code n} (the Microsoft Update node) is
 * the parent of every root, node {@code n + 1} (not drawn) the parent of the servers whose
 * upstream chain dangles or loops; a loop is cut at its first server in file order.
 */
final class Forest {
    private final List<Server> servers;
    private final int[][] children;
    /** Every node, parents before children. */
    private final int[] topDown;

    private Forest(List<Server> servers, int[][] children, int[] topDown) {
        this.servers = servers;
        this.children = children;
        this.topDown = topDown;
    }

    static Forest of(Topology topology) {
        List<Server> servers = topology.servers();
        int n = servers.size();
        Map<Server, Integer> index = new IdentityHashMap<>(n * 2);
        for (int i = 0; i < n; i++) index.put(servers.get(i), i);

        int[][] children = new int[n + 2][];
        boolean[] reached = new boolean[n];
        int[] order = new int[n + 2];
        int count = 0;

        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) if (!servers.get(i).isSyncFromUpstream()) roots.add(i);
        children[n] = toArray(roots);
        order[count++] = n;
        for (int r : children[n]) reached[r] = true;
        count = expand(topology, servers, index, children, reached, order, count, 0);

        List<Integer> orphans = new ArrayList<>();
        order[count++] = n + 1;
        // dangling chains first (their top is a natural subtree root), then loops cut at file order
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                if (reached[i]) continue;
                Server s = servers.get(i);
                if (pass == 0 && topology.upstreamOf(s) != null) continue;
                int start = pass == 0 ? i : index.get(onLoopAbove(topology, s));
                orphans.add(start);
                reached[start] = true;
                order[count++] = start;
                count = expand(topology, servers, index, children, reached, order, count, count - 1);
            }
        }
        children[n + 1] = toArray(orphans);
        for (int i = 0; i < children.length; i++) if (children[i] == null) children[i] = new int[0];
        return new Forest(servers, children, order);
    }

    /** A server on the loop that {@code s}'s upstream chain runs into. */
    private static Server onLoopAbove(Topology topology, Server s) {
        List<Server> chain = topology.upstreamChain(s);
        return topology.upstreamOf(chain.isEmpty() ? s : chain.get(chain.size() - 1));
    }

    /** Breadth-first from order[from..count): records children and appends them to the order. */
    private static int expand(Topology topology, List<Server> servers, Map<Server, Integer> index, int[][] children,
                              boolean[] reached, int[] order, int count, int from) {
        int n = servers.size();
        for (int k = from; k < count; k++) {
            int node = order[k];
            if (node >= n) {
                for (int c : children[node]) order[count++] = c;
                continue;
            }
            List<Server> downs = topology.downstreams(servers.get(node));
            int[] kids = new int[downs.size()];
            int m = 0;
            for (Server d : downs) {
                Integer di = index.get(d);
                if (di != null && !reached[di]) {
                    reached[di] = true;
                    kids[m++] = di;
                    order[count++] = di;
                }
            }
            children[node] = m == kids.length ? kids : Arrays.copyOf(kids, m);
        }
        return count;
    }

    private static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) a[i] = list.get(i);
        return a;
    }

    int size() { return servers.size(); }
    int nodeCount() { return servers.size() + 2; }
    int muNode() { return servers.size(); }
    int orphanNode() { return servers.size() + 1; }
    Server server(int node) { return servers.get(node); }
    int[] children(int node) { return children[node]; }
    int[] topDown() { return topDown; }
}
