package net.wsustopology.ui.drift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Tab;
import net.wsustopology.command.CommandStackListener;
import net.wsustopology.diagram.ActualLinkPath;
import net.wsustopology.diagram.DriftPicture;
import net.wsustopology.diff.Comparison;
import net.wsustopology.diff.Difference;
import net.wsustopology.diff.DriftKind;
import net.wsustopology.diff.DriftWording;
import net.wsustopology.document.Document;
import net.wsustopology.document.Selection;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.common.FeatureTabs;
import net.wsustopology.ui.common.PlanOverlays;

/**
 * File > Compare With… on one window: marks every card (same, changed, planned but not deployed),
 * adds a read-only "+" card for each server deployed but not planned, puts the Drift tab beside Issues, and follows the plan's edits; View > Clear Comparison ends it.
 */
public final class DriftOverlay {
    /** Every card's style class while comparing: "drift-" and the code of its {@link DriftKind}. */
    private static final List<String> MARKS = Arrays.stream(DriftKind.values()).map(DriftOverlay::styleOf).toList();

    private final Document document;
    private final PlanOverlays canvas;
    private final FeatureTabs tabs;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final CommandStackListener onEdit = stack -> refresh();
    /** Choosing a planned server un-chooses a read-only card: one chosen card at a time. */
    private final Consumer<Selection> onSelect = this::selected;
    private Comparison comparison;
    private DriftView view;
    private Tab tab;
    private Runnable scriptsAction = () -> { };

    public DriftOverlay(Document document, PlanOverlays canvas, FeatureTabs tabs) {
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
        view = new DriftView(document, comparison, canvas, scriptsAction);
        tab = new Tab("Drift", view);
        tab.setId("tab-drift");
        tab.setClosable(false);
        tabs.showBeside(tab);
        document.commands().addListener(onEdit);
        document.selection().addListener(onSelect);
        active.set(true);
        canvas.showCompareKey(true);
        mark();
    }

    private void selected(Selection selection) {
        if (!selection.isEmpty()) canvas.extraCards().select(null);
    }

    /** View > Clear Comparison: marks, tab and comparison go; the plan keeps every edit made meanwhile. */
    public void clear() {
        if (comparison == null) return;
        document.commands().removeListener(onEdit);
        document.selection().removeListener(onSelect);
        tabs.remove(tab);
        canvas.cardMarks().clear();
        canvas.extraCards().clear();
        canvas.extraLinks().clear();
        canvas.showCompareKey(false);
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
        canvas.cardMarks().show(MARKS, s -> styleOf(c.kindOf(s)), null, s -> note(c, s), s -> c.kindOf(s).mark());
        DriftPicture picture = DriftPicture.of(c, s -> canvas.isShown(s) ? canvas.positionOf(s) : null, canvas.microsoftUpdateCentre());
        DeployedOnlyCards.show(c, picture, canvas);
        List<ActualLinkPath> paths = new ArrayList<>();
        for (DriftPicture.ActualLink link : picture.actualLinks()) {
            Position from = link.upstream() == null ? canvas.microsoftUpdateCentre() : centreOf(link.upstream());
            Position to = centreOf(link.downstream());
            if (from != null && to != null) paths.add(ActualLinkPath.between(from.x(), from.y(), to.x(), to.y()));
        }
        canvas.extraLinks().show(paths);
    }

    /** Where the card of a planned server or of a server only deployed is drawn, or null while it is not shown. */
    private Position centreOf(Server s) {
        return canvas.isShown(s) ? canvas.positionOf(s) : canvas.extraCards().centreOf(s);
    }

    /** The style class of a kind of drift on a card: "drift-moved". */
    static String styleOf(DriftKind kind) { return "drift-" + kind.code(); }

    /** The tooltip: the card's kind against the compared file, then each open difference in the Drift tab's words. */
    private static String note(Comparison c, Server s) {
        DriftKind kind = c.kindOf(s);
        StringBuilder b = new StringBuilder(kind.mark()).append(' ').append(kind.words()).append(" (").append(c.actualName()).append(')');
        for (Difference d : c.openOf(s)) b.append('\n').append(DriftWording.of(d));
        return b.toString();
    }
}
