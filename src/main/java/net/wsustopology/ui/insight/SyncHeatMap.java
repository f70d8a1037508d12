package net.wsustopology.ui.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import net.wsustopology.document.Document;
import net.wsustopology.insight.SyncPropagation;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.common.CardMarkOverlay;
import net.wsustopology.ui.common.SyncDuration;

/**
 * View > Sync delay heat map: colours the canvas cards by worst-case propagation delay, from
 * heat-0 (the fastest server of the plan) to heat-4 (the slowest, or no bound at all). The scale
 * runs from the fastest to the slowest server rather than from zero, because in most plans every
 * delay is about a day and only the spread above that tells servers apart. While shown, it
 * recomputes once after a burst of edits and whenever the shared sync duration changes; servers
 * that never get updates (not connected to a root) keep their usual look.
 */
public final class SyncHeatMap {
    public static final List<String> BUCKETS = List.of("heat-0", "heat-1", "heat-2", "heat-3", "heat-4");
    private static final CardMarkOverlay.Scale SCALE = new CardMarkOverlay.Scale("Sync delay (worst case)", "fastest", "slowest or manual");

    private final Document document;
    private final CardMarkOverlay marks;
    private final SyncDuration duration;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private LiveRefresh live;

    public SyncHeatMap(Document document, CardMarkOverlay marks, SyncDuration duration) {
        this.document = document;
        this.marks = marks;
        this.duration = duration;
        shown.addListener((obs, was, on) -> {
            if (on) start();
            else stop();
        });
        duration.minutesProperty().addListener((obs, old, now) -> {
            if (live != null) live.request();
        });
    }

    public BooleanProperty shownProperty() { return shown; }

    /** The bucket class of a position 0..1 between the fastest and the slowest server. */
    public static String bucket(double relative) {
        int index = (int) Math.floor(relative * BUCKETS.size());
        return BUCKETS.get(Math.max(0, Math.min(BUCKETS.size() - 1, index)));
    }

    /** The bucket of every server with a delay, by id. */
    static Map<String, String> buckets(SyncPropagation propagation, Topology topology) {
        Map<String, Double> heat = propagation.heat();
        double fastest = 1;
        for (Server s : topology.servers()) {
            if (propagation.delay(s).isBounded()) fastest = Math.min(fastest, heat.get(s.id()));
        }
        Map<String, String> buckets = new HashMap<>();
        for (Server s : topology.servers()) {
            Double h = heat.get(s.id());
            if (h == null) continue;
            boolean bounded = propagation.delay(s).isBounded();
            double relative = !bounded ? 1 : fastest >= 1 ? 0 : (h - fastest) / (1 - fastest);
            buckets.put(s.id(), bucket(relative));
        }
        return buckets;
    }

    private void start() {
        live = new LiveRefresh(document, Set.of(Server.SYNC_FROM_UPSTREAM, Server.UPSTREAM_ID, Server.SYNC), false,
                this::recompute);
        recompute();
    }

    private void stop() {
        if (live != null) live.detach();
        live = null;
        marks.clear();
    }

    private void recompute() {
        if (live == null) return;
        Map<String, String> classes = buckets(SyncPropagation.of(document.topology(), duration.minutes()),
                document.topology());
        marks.show(BUCKETS, s -> classes.get(s.id()), SCALE);
    }
}
