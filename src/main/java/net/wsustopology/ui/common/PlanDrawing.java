package net.wsustopology.ui.common;

import javafx.scene.Node;
import net.wsustopology.document.Document;

/**
 * What presentation mode borrows from the canvas so its slides look as the editor does: a
 * read-only view of a plan and the legend. The canvas implements it; the window hands it over.
 */
public interface PlanDrawing {
    /** A read-only view of {@code plan}, fitted and centred. */
    ReadOnlyPlanView readOnlyView(Document plan);

    /** The key to the cards' colours, marks and lines, as the canvas's legend words it (without a comparison's key). */
    Node legend();
}
