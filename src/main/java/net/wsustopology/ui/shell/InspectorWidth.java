package net.wsustopology.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The inspector's width in pixels. Growing or shrinking the window changes only the canvas; a
 * width the user drags is kept for this window and remembered for new windows and the next start.
 * A width the window merely ended up with is never remembered.
 */
final class InspectorWidth {
    private final SplitPane split;
    private final Region inspector;
    private final WindowPrefs prefs;
    private double width;
    private boolean dragging;

    InspectorWidth(SplitPane split, Region inspector, WindowPrefs prefs) {
        this.split = split;
        this.inspector = inspector;
        this.prefs = prefs;
        this.width = prefs.inspectorWidth();
        SplitPane.setResizableWithParent(inspector, false);
        split.widthProperty().addListener((o, was, now) -> {
            if (was.doubleValue() <= 0 && now.doubleValue() > 0) apply();
        });
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging = isDivider(e.getPickResult().getIntersectedNode()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!dragging) return;
            dragging = false;
            if (inspectorShown() && inspector.getWidth() > 0) {
                width = inspector.getWidth();
                prefs.saveInspectorWidth(width);
            }
        });
    }

    double width() { return width; }

    /** Puts the divider where the inspector gets its width; waits for the split's first layout. */
    void apply() {
        double total = split.getWidth();
        if (!inspectorShown() || total <= 0) return;
        double divider = dividerWidth();
        double canvas = Math.max(0, total - width - divider);
        split.setDividerPositions((canvas + divider / 2) / total);
    }

    private boolean inspectorShown() { return split.getItems().contains(inspector) && split.getDividers().size() > 0; }

    private double dividerWidth() {
        Node d = split.lookup(".split-pane-divider");
        return d instanceof Region r && r.getWidth() > 0 ? r.getWidth() : 6;
    }

    private static boolean isDivider(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) return true;
            if (n instanceof SplitPane) return false;
        }
        return false;
    }
}
