package net.wsustopology.ui.canvas;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Which subtrees the user folded away. View state only: it is not saved and not undoable.
 * A server is hidden when any of its upstreams is collapsed.
 */
final class Collapse {
    private final Topology topology;
    private final Set<Server> collapsed = new HashSet<>();
    private boolean anythingHidden;

    Collapse(Topology topology) { this.topology = topology; }

    boolean isCollapsed(Server s) { return collapsed.contains(s); }

    /** Returns true when the state changed. */
    boolean set(Server s, boolean collapse) {
        return collapse ? collapsed.add(s) : collapsed.remove(s);
    }

    void forget(Server s) { collapsed.remove(s); }

    /** True while a refresh can change what is shown. */
    boolean isActive() { return !collapsed.isEmpty() || anythingHidden; }

    /** The hidden servers; fills {@code hiddenCounts} with the number hidden below each collapsed server. */
    Set<Server> hiddenServers(Map<Server, Integer> hiddenCounts) {
        Set<Server> hidden = new HashSet<>();
        for (Server c : collapsed) {
            if (hidden.contains(c)) continue;
            List<Server> below = topology.subtree(c);
            int count = 0;
            for (Server s : below) {
                if (s != c && hidden.add(s)) count++;
            }
            hiddenCounts.put(c, Math.max(count, below.size() - 1));
        }
        anythingHidden = !hidden.isEmpty();
        return hidden;
    }

    /** Expands every collapsed upstream of {@code s} so it can be shown. */
    boolean expandAbove(Server s) {
        boolean changed = false;
        Server up = topology.upstreamOf(s);
        int guard = topology.size();
        while (up != null && guard-- > 0) {
            changed |= collapsed.remove(up);
            up = topology.upstreamOf(up);
        }
        return changed;
    }

    void settle() {
        if (collapsed.isEmpty()) anythingHidden = false;
    }
}
