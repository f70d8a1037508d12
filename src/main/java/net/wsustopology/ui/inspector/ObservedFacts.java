package net.wsustopology.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import net.wsustopology.model.Observed;

/**
 * The read-only "Observed on the live server" part of the General tab: what the collector script
 * saw when it read the server. Hidden for planned servers and for a multiple selection.
 */
final class ObservedFacts {
    private final List<Node> nodes = new ArrayList<>();
    private final Label collected = value("observed-collected");
    private final Label reachable = value("observed-reachable");
    private final Label lastSync = value("observed-last-sync");
    private final Label result = value("observed-result");

    ObservedFacts(Form form) {
        nodes.add(form.heading("Observed on the live server"));
        nodes.add(form.row("Collected at", collected));
        nodes.add(collected);
        nodes.add(form.row("Reachable", reachable));
        nodes.add(reachable);
        nodes.add(form.row("Last sync", lastSync));
        nodes.add(lastSync);
        nodes.add(form.row("Result", result));
        nodes.add(result);
        show(null);
    }

    void show(Observed observed) {
        for (Node n : nodes) {
            n.setVisible(observed != null);
            n.setManaged(observed != null);
        }
        if (observed == null) return;
        collected.setText(time(observed.collectedUtc(), "not recorded"));
        reachable.setText(observed.reachable() == null ? "not recorded"
                : observed.reachable() ? "yes" : "no" + (observed.error() == null ? "" : ": " + observed.error()));
        lastSync.setText(time(observed.lastSyncUtc(), "never"));
        result.setText(observed.lastSyncResult() == null ? "unknown" : observed.lastSyncResult());
        mark(reachable, observed.isUnreachable());
        mark(result, observed.lastSyncFailed());
    }

    /** "2027-03-01T10:15:00Z" as "2027-03-01 10:15 UTC"; any other text as it is. */
    static String time(String iso, String absent) {
        if (iso == null || iso.isBlank()) return absent;
        if (iso.length() >= 16 && iso.charAt(10) == 'T' && iso.endsWith("Z")) return iso.substring(0, 10) + " " + iso.substring(11, 16) + " UTC";
        return iso;
    }

    private static void mark(Label label, boolean bad) {
        label.getStyleClass().remove("text-error");
        if (bad) label.getStyleClass().add("text-error");
    }

    private static Label value(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("read-only-value");
        return label;
    }
}
