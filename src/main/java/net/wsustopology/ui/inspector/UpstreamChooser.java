package net.wsustopology.ui.inspector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.util.StringConverter;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.model.TopologyListener;
import org.controlsfx.control.SearchableComboBox;

/**
 * The searchable list of servers an edited server can sync from: every server of the plan that is
 * neither edited nor below an edited one (it would make a loop), sorted by name. The sorted list is rebuilt only after servers are added, removed or renamed,
 * and the items only when the edited servers change, so large plans stay responsive.
 */
final class UpstreamChooser implements TopologyListener {
    private final Topology topology;
    private final SearchableComboBox<Server> combo = new SearchableComboBox<>();
    private List<Server> sorted;
    private Set<Server> shownFor = Set.of();
    private boolean itemsStale = true;

    UpstreamChooser(Topology topology) {
        this.topology = topology;
        topology.addListener(this);
        combo.setId("upstream");
        combo.setMaxWidth(Double.MAX_VALUE);
        // the form gives it its width: asking for the longest name's would make the form wider than the inspector
        combo.setPrefWidth(120);
        combo.setPromptText("Choose a server");
        combo.setConverter(new StringConverter<>() {
            @Override public String toString(Server s) {
                if (s == null) return "";
                // the id only where the name does not tell servers apart, so a long host name fits
                if (s.label().equals(s.id()) || topology.serversNamed(s.getName()).size() < 2) return s.label();
                return s.label() + "  (" + s.id() + ")";
            }

            @Override public Server fromString(String text) { return null; }
        });
    }

    SearchableComboBox<Server> combo() { return combo; }

    void detach() { topology.removeListener(this); }

    /** Offers every server except the edited ones and their downstreams, direct or not. */
    void showChoicesFor(List<Server> edited) {
        Set<Server> editedSet = new HashSet<>(edited);
        if (!itemsStale && editedSet.equals(shownFor)) return;
        if (sorted == null) {
            sorted = new ArrayList<>(topology.servers());
            // case-insensitive rather than a Collator: a Collator is too slow for 100,000 names
            sorted.sort(Comparator.comparing(Server::label, String.CASE_INSENSITIVE_ORDER).thenComparing(Server::id));
        }
        Set<Server> excluded = new HashSet<>();
        for (Server e : edited) if (!excluded.contains(e)) excluded.addAll(topology.subtree(e));
        List<Server> choices = new ArrayList<>(sorted.size());
        for (Server s : sorted) if (!excluded.contains(s)) choices.add(s);
        combo.setItems(FXCollections.observableList(choices));
        shownFor = editedSet;
        itemsStale = false;
    }

    @Override public void serverAdded(Server server) { invalidate(); }

    @Override public void serverRemoved(Server server) { invalidate(); }

    @Override public void serverChanged(Server server, String property, Object oldValue, Object newValue) {
        if (Server.NAME.equals(property)) invalidate();
        // who is below an edited server changes with any link
        if (Server.UPSTREAM_ID.equals(property) || Server.SYNC_FROM_UPSTREAM.equals(property)) itemsStale = true;
    }

    private void invalidate() {
        sorted = null;
        itemsStale = true;
    }
}
