package net.wsustopology.ui.drift;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Tab;
import net.wsustopology.command.CommandStackListener;
import net.wsustopology.diff.Comparison;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.canvas.TopologyCanvas;
import net.wsustopology.ui.insight.InsightTabs;

/**
 * File > Compare With… on one window: marks every card (same, changed, planned but not deployed),
 * adds a read-only "+" card for each server deployed but not planned, puts the Drift tab beside Issues, and follows the plan's edits; View > Clear Comparison ends it.
 */
public final class DriftOverlay {
    static final String SAME = "drift-same";
    static final String CHANGED = "drift-changed";
    static final String PLANNED_ONLY = "drift-planned-only";
    private static final List<String> MARKS = List.of(SAME, CHANGED, PLANNED_ONLY);
    static final String CHANGED_GLYPH = "\u0394";

    private final Document document;
    private final TopologyCanvas canvas;
    private final InsightTabs tabs;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final CommandStackListener onEdit = stack -> refresh();
    private Comparison comparison;
    private DriftView view;
    private Tab tab;
    private Runnable scriptsAction = () -> { };

    public DriftOverlay(Document document, TopologyCanvas canvas, InsightTabs tabs) {
        this.document = document;
        this.canvas = canvas;
        this.tabs = tabs;
    }

    /** What the Drift tab's Scripts button does (File menu's scripts for the differing servers). */
    public void setScriptsAction(Runnable action) { scriptsAction = action; }

    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }

    /** The comparison shown, or null. */
    public Comparison comparison() { return comparison; }

    /** Compares the plan with {@code actual} (read from {@code name}), replacing an earlier comparison. */
    public void compare(Topology actual, String name) {
        clear();
        comparison = new Comparison(document.topology(), actual, name);
        view = new DriftView(document, comparison, canvas::reveal, scriptsAction);
        tab = new Tab("Drift", view);
        tab.setId("tab-drift");
        tab.setClosable(false);
        tabs.showBeside(tab);
        document.commands().addListener(onEdit);
        active.set(true);
        mark();
    }

    /** View > Clear Comparison: marks, tab and comparison go; the plan keeps every edit made meanwhile. */
    public void clear() {
        if (comparison == null) return;
        document.commands().removeListener(onEdit);
        tabs.getTabs().remove(tab);
        canvas.cardMarks().clear();
        canvas.extraCards().clear();
        comparison = null;
        view = null;
        tab = null;
        active.set(false);
    }

    private void refresh() {
        comparison.refresh();
        view.refresh();
        mark();
    }

    private void mark() {
        Comparison c = comparison;
        canvas.cardMarks().show(MARKS, s -> markOf(c, s), null, s -> note(c, s),
                s -> c.statusOf(s) == Comparison.Status.CHANGED ? CHANGED_GLYPH : null);
        DeployedOnlyCards.show(c, canvas);
    }

    private static String markOf(Comparison c, Server s) {
        return switch (c.statusOf(s)) {
            case SAME -> SAME;
            case CHANGED -> CHANGED;
            case PLANNED_ONLY -> PLANNED_ONLY;
        };
    }

    private static String note(Comparison c, Server s) {
        return switch (c.statusOf(s)) {
            case SAME -> "Same as " + c.actualName();
            case PLANNED_ONLY -> "Planned but not in " + c.actualName();
            case CHANGED -> "\u0394 differs from " + c.actualName() + ":\n" + String.join("\n", c.linesOf(s));
        };
    }
}
