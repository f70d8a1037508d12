package net.wsustopology.ui.drift;

import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.V_GAP;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.diagram.CardFace;
import net.wsustopology.diff.Comparison;
import net.wsustopology.diff.Difference;
import net.wsustopology.layout.NewPlaces;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.canvas.ExtraCards;
import net.wsustopology.ui.canvas.TopologyCanvas;

/**
 * The "+" cards of a comparison: one per server that is deployed but not planned, placed in a
 * free spot under the planned server matched to its actual upstream (under another such card
 * when that upstream is deployed-only too, else near the plan's roots), with a tooltip saying
 * so and listing its deployed settings as {@code diff} writes them.
 */
final class DeployedOnlyCards {
    static final String MARK = "drift-deployed-only";
    static final String GLYPH = "+";

    private DeployedOnlyCards() { }

    static void show(Comparison c, TopologyCanvas canvas) {
        Topology actual = c.actual();
        List<Server> alone = new ArrayList<>(c.diff().matching().onlyActual());
        // upstreams first, so a deployed-only chain is placed top down
        alone.sort(Comparator.comparingInt(s -> actual.tier(s).orElse(Integer.MAX_VALUE)));
        NewPlaces places = canvas.newPlaces();
        Map<Server, Position> placed = new HashMap<>();
        List<ExtraCards.Extra> extras = new ArrayList<>(alone.size());
        for (Server s : alone) {
            Position at = place(c, canvas, places, placed, s);
            placed.put(s, at);
            Integer tier = actual.tier(s).isPresent() ? actual.tier(s).getAsInt() : null;
            extras.add(new ExtraCards.Extra(s, at, CardFace.of(s, tier, null), note(c, s)));
        }
        canvas.extraCards().show(extras, MARK, GLYPH);
    }

    private static Position place(Comparison c, TopologyCanvas canvas, NewPlaces places, Map<Server, Position> placed, Server s) {
        Server up = s.isSyncFromUpstream() ? c.actual().upstreamOf(s) : null;
        Server plannedUp = up == null ? null : c.diff().matching().plannedFor(up);
        if (plannedUp != null && canvas.isShown(plannedUp)) return places.under(plannedUp);
        Position above = up == null ? null : placed.get(up);
        if (above != null) return places.near(above.translate(0, NODE_HEIGHT + V_GAP));
        Position mu = canvas.microsoftUpdateCentre();
        return places.near(mu.translate(0, NODE_HEIGHT + V_GAP));
    }

    /** The tooltip: deployed but not planned, then each deployed setting with its value. */
    static String note(Comparison c, Server s) {
        StringBuilder b = new StringBuilder("+ ").append(s.label()).append(" is deployed (in ").append(c.actualName())
                .append(") but not in the plan");
        for (Setting setting : ServerSettings.settings()) {
            if (!setting.deployed()) continue;
            b.append('\n').append(setting.path()).append(": ").append(Difference.text(setting.valueOf(c.actual(), s)));
        }
        return b.toString();
    }
}
