package net.wsustopology.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Free places for servers being added to a drawn plan: under an upstream, in its block of
 * downstreams; near a dropped point; or, for pasted and duplicated servers, a shift of the whole
 * group. Each place handed out is taken, so several servers added at once never share one.
 */
public final class NewPlaces {
    private final Topology topology;
    private final Function<Server, Position> drawnAt;
    private final FreeSpots spots;

    /** {@code drawnAt}: where each server's card is drawn; {@code microsoftUpdate}: centre of that card, or null. */
    public NewPlaces(Topology topology, Function<Server, Position> drawnAt, Position microsoftUpdate) {
        this.topology = topology;
        this.drawnAt = drawnAt;
        List<Position> occupied = new ArrayList<>(topology.size() + 1);
        for (Server s : topology.servers()) {
            Position p = drawnAt.apply(s);
            if (p != null) occupied.add(p);
        }
        if (microsoftUpdate != null) occupied.add(microsoftUpdate);
        spots = new FreeSpots(occupied);
    }

    /** The next free place in {@code upstream}'s block of downstreams. */
    public Position under(Server upstream) { return take(spots.nearestFree(nextSlot(upstream))); }

    /**
     * Places for a group pasted under {@code upstream}: its first card on the next place of the
     * upstream's block, the others keeping their places relative to it, the whole clear of every card.
     */
    public List<Position> under(Server upstream, List<Position> group) {
        if (group.isEmpty()) return List.of();
        Position slot = nextSlot(upstream);
        return shifted(group, slot.x() - group.get(0).x(), slot.y() - group.get(0).y());
    }

    private Position nextSlot(Server upstream) {
        List<Position> leaves = new ArrayList<>();
        List<Position> others = new ArrayList<>();
        for (Server d : topology.downstreams(upstream)) {
            Position p = drawnAt.apply(d);
            if (p == null || d == upstream) continue;
            (topology.downstreamCount(d) == 0 ? leaves : others).add(p);
        }
        return DownstreamSlot.next(drawnAt.apply(upstream), leaves, others);
    }

    /** The free place nearest to {@code wanted}. */
    public Position near(Position wanted) { return take(spots.nearestFree(wanted)); }

    /**
     * Where the cards of {@code group} go when shifted by about ({@code dx}, {@code dy}): the
     * nearest shift that covers nothing, applied to each centre, in the group's order.
     */
    public List<Position> shifted(List<Position> group, double dx, double dy) {
        Position shift = spots.nearestFreeOffset(group, dx, dy);
        List<Position> placed = new ArrayList<>(group.size());
        for (Position p : group) placed.add(take(p.translate(shift.x(), shift.y())));
        return placed;
    }

    private Position take(Position p) {
        spots.occupy(p);
        return p;
    }
}
