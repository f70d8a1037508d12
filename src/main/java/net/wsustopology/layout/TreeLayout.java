package net.wsustopology.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** Tree layout: Microsoft Update on top, roots side by side, downstreams centred under their upstream. */
public final class TreeLayout {
    public static final double NODE_WIDTH = 180;
    public static final double NODE_HEIGHT = 64;
    public static final double H_GAP = 24;
    public static final double V_GAP = 80;
    public static final double MARGIN = 40;

    /** Positions for every server; pinned servers keep theirs. */
    public LayoutResult layout(Topology topology) {
        Map<String, Position> positions = new HashMap<>();
        Set<Server> placed = new HashSet<>();
        double[] cursor = {MARGIN};
        double top = MARGIN + NODE_HEIGHT + V_GAP;
        List<Server> starts = new ArrayList<>(topology.roots());
        for (Server s : topology.servers()) if (s.isSyncFromUpstream() && topology.upstreamOf(s) == null) starts.add(s);
        for (Server root : starts) place(topology, root, 0, top, cursor, positions, placed);
        for (Server s : topology.servers()) if (!placed.contains(s)) place(topology, s, 0, top, cursor, positions, placed);
        double maxY = top;
        for (Server s : topology.servers()) {
            if (s.isPinned() && s.getPosition() != null) positions.put(s.id(), s.getPosition());
            maxY = Math.max(maxY, positions.get(s.id()).y());
        }
        double width = Math.max(cursor[0], MARGIN * 2 + NODE_WIDTH);
        Position mu = new Position(width / 2, MARGIN + NODE_HEIGHT / 2);
        return new LayoutResult(positions, mu, width + MARGIN, maxY + NODE_HEIGHT + MARGIN);
    }

    private double place(Topology t, Server s, int depth, double top, double[] cursor,
                         Map<String, Position> out, Set<Server> placed) {
        placed.add(s);
        double y = top + depth * (NODE_HEIGHT + V_GAP) + NODE_HEIGHT / 2;
        List<Double> childXs = new ArrayList<>();
        for (Server d : t.downstreams(s)) {
            if (!placed.contains(d)) childXs.add(place(t, d, depth + 1, top, cursor, out, placed));
        }
        double x;
        if (childXs.isEmpty()) {
            x = cursor[0] + NODE_WIDTH / 2;
            cursor[0] += NODE_WIDTH + H_GAP;
        } else {
            x = (childXs.get(0) + childXs.get(childXs.size() - 1)) / 2;
        }
        out.put(s.id(), new Position(x, y));
        return x;
    }
}
