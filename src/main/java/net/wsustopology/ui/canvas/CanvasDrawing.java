package net.wsustopology.ui.canvas;

import javafx.scene.Node;
import net.wsustopology.document.Document;
import net.wsustopology.ui.common.PlanDrawing;
import net.wsustopology.ui.common.ReadOnlyPlanView;

/** The canvas's drawing for presentation mode: a read-only canvas per diagram slide, the legend without the selected card's key. */
public final class CanvasDrawing implements PlanDrawing {
    @Override public ReadOnlyPlanView readOnlyView(Document plan) { return TopologyCanvas.readOnly(plan); }

    @Override public Node legend() { return new CanvasLegend(false); }
}
