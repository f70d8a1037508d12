package net.wsustopology.ui.common;

import javafx.scene.Node;

/**
 * A plan drawn as the editor draws it but read-only, the whole plan fitted and centred (a
 * presentation's diagram slide): the presenter zooms into it and back out to the whole.
 */
public interface ReadOnlyPlanView {
    /** What to put on the slide. */
    Node node();

    double zoom();

    void zoomIn();

    void zoomOut();

    /** True while the presenter has zoomed in (Escape goes back out first). */
    boolean isZoomedIn();

    /** The whole plan, fitted and centred again. */
    void showWhole();
}
