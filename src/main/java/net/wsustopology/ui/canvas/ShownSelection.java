package net.wsustopology.ui.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.wsustopology.document.Selection;
import net.wsustopology.model.Server;

/** Which cards show the selection's halo, so a change of selection touches only the cards whose state changed. */
final class ShownSelection {
    private final Set<Server> shown = new HashSet<>();
    private final Map<Server, ServerNode> nodes;

    ShownSelection(Map<Server, ServerNode> nodes) { this.nodes = nodes; }

    /** A card just made: it shows whether its server is selected. */
    void materialized(Server s, ServerNode n, boolean selected) {
        n.setSelected(selected);
        if (selected) shown.add(s);
    }

    void forget(Server s) { shown.remove(s); }

    void show(Selection selection) {
        Set<Server> now = selection.servers();
        for (Server s : new ArrayList<>(shown)) {
            if (!now.contains(s)) {
                shown.remove(s);
                ServerNode n = nodes.get(s);
                if (n != null) n.setSelected(false);
            }
        }
        for (Server s : now) {
            ServerNode n = nodes.get(s);
            if (n != null && shown.add(s)) n.setSelected(true);
        }
    }
}
