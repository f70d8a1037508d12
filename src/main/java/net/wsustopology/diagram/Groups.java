package net.wsustopology.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Where the summary level can fold and label a plan, as its cards are placed: the leaf
 * downstreams of one upstream form a {@link Group} (the block of cards the layout gives them,
 * whose room stays reserved whether the group is open or folded), and every server with
 * downstreams has a title band, the strip from just above its card to just above its
 * downstreams, as wide as its subtree, where a readable label of it fits at any zoom.
 * Derived from the positions only, so opening or folding a group never moves a card.
 */
public final class Groups {
    /** Room kept between a band and the card or bus above it (smaller than every gap the layout leaves above a card). */
    static final double ABOVE = 18;
    /** A root's band reaches further up: above a root there is only Microsoft Update or a shelf of roots. */
    static final double ABOVE_ROOT = 36;
    /** Room kept between a band and the downstreams below it; at least {@link #ABOVE}, so a band never reaches a downstream's. */
    static final double BELOW = 22;

    /** The leaf downstreams of {@code upstream} and the box their cards cover. */
    public record Group(Server upstream, List<Server> members, Box block) { }

    private final Map<Server, Group> byUpstream;
    private final Map<Server, Group> byMember;
    private final Map<Server, Box> bands;

    private Groups(Map<Server, Group> byUpstream, Map<Server, Group> byMember, Map<Server, Box> bands) {
        this.byUpstream = byUpstream;
        this.byMember = byMember;
        this.bands = bands;
    }

    /**
     * The groups and bands of the servers {@code shown} accepts (a collapsed subtree's servers
     * are not), with their card centres from {@code centre}.
     */
    public static Groups of(Topology topology, Function<Server, Position> centre, Predicate<Server> shown) {
        Map<Server, Box> subtree = new HashMap<>();
        Map<Server, Double> childTop = new HashMap<>();
        Map<Server, Group> byUpstream = new LinkedHashMap<>();
        Map<Server, Group> byMember = new HashMap<>();
        // hidden servers count too: below a collapsed server their room is its own, and it is named
        for (Server s : topology.servers()) {
            Position p = centre.apply(s);
            if (p == null) continue;
            Box card = Box.card(p.x(), p.y());
            Server up = topology.upstreamOf(s);
            if (up != null && up != s) childTop.merge(up, card.y0(), Math::min);
            grow(subtree, s, card);
        }
        // a tiered server's room holds every card below it: folded up from the deepest tier, once per server,
        // not a walk up the chain per server (quadratic on a chain thousands deep)
        List<Server> order = topology.hierarchy().rolloutOrder();
        for (int i = order.size() - 1; i >= 0; i--) {
            Server s = order.get(i);
            Box below = subtree.get(s);
            Server up = topology.upstreamOf(s);
            if (below != null && up != null && topology.hierarchy().tierOrNull(s) != null) grow(subtree, up, below);
        }
        Map<Server, List<Server>> leaves = new LinkedHashMap<>();
        for (Server s : topology.servers()) {
            Server up = topology.upstreamOf(s);
            if (up == null || up == s || !childTop.containsKey(up) || childTop.containsKey(s) || !shown.test(s) || !shown.test(up)) continue;
            if (centre.apply(s) == null) continue;
            leaves.computeIfAbsent(up, u -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<Server, List<Server>> e : leaves.entrySet()) {
            Box block = null;
            for (Server m : e.getValue()) {
                Position p = centre.apply(m);
                block = union(block, Box.card(p.x(), p.y()));
            }
            Group g = new Group(e.getKey(), List.copyOf(e.getValue()), block);
            byUpstream.put(e.getKey(), g);
            for (Server m : g.members()) byMember.put(m, g);
        }
        Map<Server, Box> bands = new HashMap<>();
        for (Map.Entry<Server, Double> e : childTop.entrySet()) {
            Server s = e.getKey();
            Position p = centre.apply(s);
            if (p == null || !shown.test(s)) continue;
            Box span = subtree.getOrDefault(s, Box.card(p.x(), p.y()));
            double top = p.y() - CardText.HEIGHT / 2 - (s.isSyncFromUpstream() ? ABOVE : ABOVE_ROOT);
            double bottom = Math.max(p.y() + CardText.HEIGHT / 2, e.getValue() - BELOW);
            bands.put(s, new Box(span.x0(), top, span.x1(), bottom));
        }
        return new Groups(byUpstream, byMember, bands);
    }

    private static void grow(Map<Server, Box> boxes, Server s, Box card) { boxes.put(s, union(boxes.get(s), card)); }

    private static Box union(Box a, Box b) {
        if (a == null) return b;
        return new Box(Math.min(a.x0(), b.x0()), Math.min(a.y0(), b.y0()), Math.max(a.x1(), b.x1()), Math.max(a.y1(), b.y1()));
    }

    /** Every group, in the plan's order of their upstreams' first leaves. */
    public Collection<Group> all() { return byUpstream.values(); }

    /** The group of {@code upstream}'s leaf downstreams, or null when it has none. */
    public Group under(Server upstream) { return byUpstream.get(upstream); }

    /** The group {@code s} belongs to, or null when it is no leaf. */
    public Group of(Server s) { return byMember.get(s); }

    /** True when {@code s} is shown and has downstreams (shown or collapsed), so it is named by a title at the summary level. */
    public boolean isNamed(Server s) { return bands.containsKey(s); }

    /** Every shown server with downstreams. */
    public Set<Server> named() { return bands.keySet(); }

    /** The title band of a server with downstreams, or null. */
    public Box band(Server s) { return bands.get(s); }
}
