package net.wsustopology.ui.insight;

import java.util.Set;
import javafx.application.Platform;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.model.TopologyListener;
import net.wsustopology.validation.FindingsListener;

/**
 * Runs a view's refresh once after a burst of model or findings changes (a 100-server paste
 * fires hundreds of events, the view rebuilds once on the next pulse). A view names the server
 * settings it shows, so a drag or a port edit does not recompute a table that cannot change.
 */
final class LiveRefresh implements TopologyListener, FindingsListener {
    /** Every server setting: for views that draw the whole server (the presentation diagram). */
    static final Set<String> ANY_SETTING = Set.of();

    private final Document document;
    private final Runnable refresh;
    private final Set<String> relevant;
    private final boolean watchFindings;
    private boolean pending;

    /**
     * {@code relevantSettings}: the {@link Server} property names the view depends on, or
     * {@link #ANY_SETTING}; adding and removing servers and plan settings always count.
     */
    LiveRefresh(Document document, Set<String> relevantSettings, boolean watchFindings, Runnable refresh) {
        this.document = document;
        this.refresh = refresh;
        this.relevant = relevantSettings;
        this.watchFindings = watchFindings;
        document.topology().addListener(this);
        if (watchFindings) document.findings().addListener(this);
    }

    void request() {
        if (pending) return;
        pending = true;
        Platform.runLater(() -> {
            pending = false;
            refresh.run();
        });
    }

    void detach() {
        document.topology().removeListener(this);
        if (watchFindings) document.findings().removeListener(this);
    }

    @Override public void serverAdded(Server server) { request(); }

    @Override public void serverRemoved(Server server) { request(); }

    @Override public void serverChanged(Server server, String property, Object oldValue, Object newValue) {
        if (relevant.isEmpty() || relevant.contains(property)) request();
    }

    @Override public void planChanged(String property) { request(); }

    @Override public void findingsChanged(Set<String> serverIds) { request(); }
}
