package net.wsustopology.diagram;

import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.V_GAP;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.wsustopology.diff.Comparison;
import net.wsustopology.diff.Difference;
import net.wsustopology.diff.DriftKind;
import net.wsustopology.layout.NewPlaces;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * What a comparison adds to the picture of a plan, decided once for the canvas and the drift
 * report: the {@link DriftKind} of every card; an actual link for each server deployed under
 * another upstream than planned (and for each server only deployed), from where it really
 * synchronizes; and a read-only card for each server only deployed, placed in a free spot under
 * the planned server matched to its deployed upstream (under another such card when that
 * upstream is only deployed too, else near Microsoft Update).
 */
public record DriftPicture(Map<Server, DriftKind> kinds, List<ActualLink> actualLinks, List<Placed> deployedOnly) {
    /** The compare key's words for the plan's links and for the links as deployed. */
    public static final String PLANNED_LINK = "Planned link";
    public static final String ACTUAL_LINK = "Deployed link, where a server really synchronizes from";

    /** A deployed link into {@code downstream} from {@code upstream} (null: Microsoft Update); either may be a deployed-only card's server. */
    public record ActualLink(Server upstream, Server downstream) { }

    /** A card for a server only deployed: where its centre goes and what it shows. */
    public record Placed(Server server, Position at, CardFace face) { }

    /** The kind of drift {@code server}'s card shows, or null when the comparison does not know it. */
    public DriftKind kindOf(Server server) { return kinds.get(server); }

    /**
     * The picture of {@code c} over a plan drawn where {@code drawnAt} says (null: not drawn),
     * with Microsoft Update's card centred at {@code microsoftUpdate}.
     */
    public static DriftPicture of(Comparison c, Function<Server, Position> drawnAt, Position microsoftUpdate) {
        Topology plan = c.diff().planned();
        Map<Server, DriftKind> kinds = new IdentityHashMap<>();
        for (Server s : plan.servers()) kinds.put(s, c.kindOf(s));
        List<Placed> placed = place(c, drawnAt, microsoftUpdate);
        Set<Server> placedServers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Placed p : placed) {
            placedServers.add(p.server());
            kinds.put(p.server(), c.kindOf(p.server()));
        }
        List<ActualLink> links = new ArrayList<>();
        Set<Server> moved = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Difference d : c.open()) if (d.planned() != null && DriftKind.of(d) == DriftKind.MOVED) moved.add(d.planned());
        for (Server p : plan.servers()) {
            if (!moved.contains(p)) continue;
            ActualLink link = linkInto(c, c.diff().matching().actualFor(p), p, placedServers);
            if (link != null) links.add(link);
        }
        for (Placed p : placed) {
            ActualLink link = linkInto(c, p.server(), p.server(), placedServers);
            if (link != null) links.add(link);
        }
        return new DriftPicture(kinds, List.copyOf(links), List.copyOf(placed));
    }

    /** The link into {@code shownAs} from the card of {@code deployed}'s deployed upstream, or null when that upstream has no card. */
    private static ActualLink linkInto(Comparison c, Server deployed, Server shownAs, Set<Server> placed) {
        if (deployed == null) return null;
        if (!deployed.isSyncFromUpstream()) return new ActualLink(null, shownAs);
        Server up = c.actual().upstreamOf(deployed);
        if (up == null) return null;
        Server plannedUp = c.diff().matching().plannedFor(up);
        if (plannedUp != null) return new ActualLink(plannedUp, shownAs);
        return placed.contains(up) ? new ActualLink(up, shownAs) : null;
    }

    private static List<Placed> place(Comparison c, Function<Server, Position> drawnAt, Position microsoftUpdate) {
        Topology actual = c.actual();
        List<Server> alone = new ArrayList<>(c.diff().matching().onlyActual());
        // upstreams first, so a deployed-only chain is placed top down
        alone.sort(Comparator.comparingInt(s -> actual.tier(s).orElse(Integer.MAX_VALUE)));
        NewPlaces places = new NewPlaces(c.diff().planned(), drawnAt, microsoftUpdate);
        Map<Server, Position> at = new IdentityHashMap<>();
        List<Placed> placed = new ArrayList<>(alone.size());
        for (Server s : alone) {
            Position p = placeOne(c, drawnAt, microsoftUpdate, places, at, s);
            at.put(s, p);
            Integer tier = actual.tier(s).isPresent() ? actual.tier(s).getAsInt() : null;
            placed.add(new Placed(s, p, CardFace.of(s, tier, null)));
        }
        return placed;
    }

    private static Position placeOne(Comparison c, Function<Server, Position> drawnAt, Position microsoftUpdate,
                                     NewPlaces places, Map<Server, Position> placed, Server s) {
        Server up = s.isSyncFromUpstream() ? c.actual().upstreamOf(s) : null;
        Server plannedUp = up == null ? null : c.diff().matching().plannedFor(up);
        if (plannedUp != null && drawnAt.apply(plannedUp) != null) return places.under(plannedUp);
        Position above = up == null ? null : placed.get(up);
        if (above != null) return places.near(above.translate(0, NODE_HEIGHT + V_GAP));
        Position mu = microsoftUpdate != null ? microsoftUpdate : new Position(0, 0);
        return places.near(mu.translate(0, NODE_HEIGHT + V_GAP));
    }
}
