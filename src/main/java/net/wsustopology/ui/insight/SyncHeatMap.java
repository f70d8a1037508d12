package net.wsustopology.ui.insight;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import net.wsustopology.document.Document;
import net.wsustopology.insight.SyncPropagation;
import net.wsustopology.model.Server;
import net.wsustopology.ui.canvas.CardMarks;

/**
 * View > Sync delay heat map: colours the canvas cards by worst-case propagation delay, from
 * heat-0 (fastest) to heat-4 (slowest, or no bound at all). While shown, it recomputes once
 * after a burst of edits and whenever the shared sync duration changes; servers that never get
 * updates (not connected to a root) keep their usual look.
 */
public final class SyncHeatMap {
    public static final List<String> BUCKETS = List.of("heat-0", "heat-1", "heat-2", "heat-3", "heat-4");

    private final Document document;
    private final CardMarks marks;
    private final SyncDuration duration;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private LiveRefresh live;
    private Map<String, Double> heat = Map.of();

    public SyncHeatMap(Document document, CardMarks marks, SyncDuration duration) {
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

    /** The bucket class of a heat value 0..1; null (no colour) for a server without one. */
    public static String bucket(Double heat) {
        if (heat == null) return null;
        int index = (int) Math.floor(heat * BUCKETS.size());
        return BUCKETS.get(Math.max(0, Math.min(BUCKETS.size() - 1, index)));
    }

    private void start() {
        live = new LiveRefresh(document, Set.of(Server.SYNC_FROM_UPSTREAM, Server.UPSTREAM_ID, Server.SYNC), false,
                this::recompute);
        recompute();
    }

    private void stop() {
        if (live != null) live.detach();
        live = null;
        heat = Map.of();
        marks.clear();
    }

    private void recompute() {
        if (live == null) return;
        heat = SyncPropagation.of(document.topology(), duration.minutes()).heat();
        Map<String, Double> current = heat;
        marks.show(BUCKETS, s -> bucket(current.get(s.id())));
    }
}
