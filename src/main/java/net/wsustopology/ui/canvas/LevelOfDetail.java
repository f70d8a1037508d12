package net.wsustopology.ui.canvas;

import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * How much of each card and link is drawn at a zoom factor. Below {@link #TEXT_ZOOM} texts are
 * too small to read, so the cards' texts and the links' labels are not drawn (they are what
 * costs most to render); below {@link #BLOCK_ZOOM} cards become plain blocks (style class
 * {@code lod-blocks} on the world, see canvas.css).
 */
final class LevelOfDetail {
    static final double TEXT_ZOOM = 0.4;
    static final double BLOCK_ZOOM = 0.2;
    static final String BLOCKS = "lod-blocks";

    private boolean textsShown = true;

    boolean textsShown() { return textsShown; }

    /** Applies the detail for {@code zoom}; true when the cards must show or hide their texts. */
    boolean show(double zoom, Pane world, Node linkLabels) {
        boolean blocks = zoom < BLOCK_ZOOM;
        if (blocks != world.getStyleClass().contains(BLOCKS)) {
            if (blocks) world.getStyleClass().add(BLOCKS); else world.getStyleClass().remove(BLOCKS);
        }
        boolean texts = zoom >= TEXT_ZOOM;
        if (texts == textsShown) return false;
        textsShown = texts;
        linkLabels.setVisible(texts);
        return true;
    }
}
