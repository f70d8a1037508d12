package net.wsustopology.ui.insight;

import java.util.Set;
import javafx.application.Platform;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.model.TopologyListener;
import net.wsustopology.validation.FindingsListener;

/**
 * Runs a view's refresh once after a burst of model or findings changes (a 100-server paste
 * fires hundreds of events, the view rebuilds once on the next pulse).
 */
final class LiveRefresh implements TopologyListener, FindingsListener {
    /** Settings no insight view but the diagram depends on: a drag must not rebuild the tables. */
    static final Set<String> LAYOUT_ONLY = Set.of(Server.POSITION, Server.PINNED, Server.NOTES);

    private final Document document;
    private final Runnable refresh;
    private final Set<String> ignored;
    private boolean pending;

    LiveRefresh(Document document, Set<String> ignoredProperties, Runnable refresh) {
        this.document = document;
        this.refresh = refresh;
        this.ignored = ignoredProperties;
        document.topology().addListener(this);
        document.findings().addListener(this);
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
        document.findings().removeListener(this);
    }

    @Override public void serverAdded(Server server) { request(); }

    @Override public void serverRemoved(Server server) { request(); }

    @Override public void serverChanged(Server server, String property, Object oldValue, Object newValue) {
        if (!ignored.contains(property)) request();
    }

    @Override public void planChanged(String property) { request(); }

    @Override public void findingsChanged(Set<String> serverIds) { request(); }
}
