package net.wsustopology.ui.canvas;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Severity;

/**
 * Which subtrees the user folded away. View state only: it is not saved and not undoable.
 * A server is hidden when any of its upstreams is collapsed.
 */
final class Collapse {
    private final Topology topology;
    private final Function<Server, Severity> worstFinding;
    private final Set<Server> collapsed = new HashSet<>();
    private boolean anythingHidden;
    private Set<Server> hidden = Set.of();
    private Map<Server, Below> below = Map.of();
    /** Counts the refreshes that may have changed what is hidden. */
    private int generation;

    Collapse(Topology topology, Function<Server, Severity> worstFinding) {
        this.topology = topology;
        this.worstFinding = worstFinding;
    }

    boolean isCollapsed(Server s) { return collapsed.contains(s); }

    /** Changes whenever what is hidden may have changed. */
    int generation() { return generation; }

    /** Returns true when the state changed. */
    boolean set(Server s, boolean collapse) {
        return collapse ? collapsed.add(s) : collapsed.remove(s);
    }

    void forget(Server s) { collapsed.remove(s); }

    /** True while a refresh can change what is shown. */
    boolean isActive() { return !collapsed.isEmpty() || anythingHidden; }

    /** What a collapsed server hides: how many servers, and the worst finding among them (null when clean). */
    record Below(int count, Severity worst) { }

    private static final Below NOTHING = new Below(0, null);

    boolean isHidden(Server s) { return !hidden.isEmpty() && hidden.contains(s); }

    /** What {@code s} hides (nothing unless it is collapsed), as of the last {@link #refresh}. */
    Below below(Server s) { return below.getOrDefault(s, NOTHING); }

    boolean hidesAnyOf(Collection<String> ids) {
        if (hidden.isEmpty()) return false;
        for (String id : ids) {
            Server s = topology.server(id);
            if (s != null && hidden.contains(s)) return true;
        }
        return false;
    }

    /** Works out again what is hidden; false when nothing can have changed since the last time. */
    boolean refresh() {
        if (!isActive()) return false;
        Set<Server> nowHidden = new HashSet<>();
        Map<Server, Below> nowBelow = new HashMap<>();
        for (Server c : collapsed) {
            if (nowHidden.contains(c)) continue;
            List<Server> subtree = topology.subtree(c);
            Severity worst = null;
            for (Server s : subtree) {
                if (s == c) continue;
                nowHidden.add(s);
                worst = Severity.worst(worst, worstFinding.apply(s));
            }
            nowBelow.put(c, new Below(subtree.size() - 1, worst));
        }
        hidden = nowHidden;
        below = nowBelow;
        generation++;
        anythingHidden = !hidden.isEmpty() && !collapsed.isEmpty();
        return true;
    }

    /** Expands every collapsed upstream of {@code s} so it can be shown. */
    boolean expandAbove(Server s) {
        boolean changed = false;
        for (Server up : topology.upstreamChain(s)) changed |= collapsed.remove(up);
        return changed;
    }
}
