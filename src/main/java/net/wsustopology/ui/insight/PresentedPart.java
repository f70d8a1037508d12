package net.wsustopology.ui.insight;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Function;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * What presentation mode shows: the whole plan or one root's subtree, copied into a plan of its
 * own (file order kept) and laid out afresh for the screen, so nothing else is drawn under it and
 * the editor's plan is never touched. The read-only canvas draws the copy as it draws any plan.
 */
final class PresentedPart {
    private PresentedPart() { }

    static Topology of(Topology plan, Collection<Server> servers, Function<Topology, LayoutResult> layout) {
        Set<Server> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(servers);
        Topology part = new Topology();
        part.setName(plan.getName());
        part.setLimits(plan.getLimits());
        for (Server s : plan.servers()) {
            if (!keep.contains(s)) continue;
            Server copy = s.copyWithId(s.id());
            copy.setPosition(null);
            copy.setPinned(false);
            part.addServer(copy);
        }
        LayoutResult placed = layout.apply(part);
        for (Server s : part.servers()) s.setPosition(placed.positions().get(s.id()));
        return part;
    }
}
