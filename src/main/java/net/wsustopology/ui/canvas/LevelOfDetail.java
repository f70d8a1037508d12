package net.wsustopology.ui.canvas;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import net.wsustopology.diagram.DetailLevel;

/**
 * How much of each card and link is drawn at a zoom factor. Below {@link #TEXT_ZOOM} texts are
 * too small to read, so the cards' texts and badges are not drawn (they are what costs most to
 * render); above it the canvas's {@link DetailLevel.TextRule} says which texts are drawn, the
 * links' labels too; below {@link #BLOCK_ZOOM} cards become plain blocks (style class
 * {@code lod-blocks} on the world, see canvas.css). Which groups fold and which servers get a
 * title is {@link DetailLevel}'s, drawn by {@link SummaryView}.
 */
final class LevelOfDetail {
    static final double TEXT_ZOOM = 0.4;
    static final double BLOCK_ZOOM = 0.2;
    static final String BLOCKS = "lod-blocks";
    /** The links' labels' size in canvas.css ({@code .edge-label}). */
    static final double LINK_LABEL_SIZE = 10;
    /** Text sizes cards use (diagram.CardText), for telling when a zoom change shows or hides any. */
    private static final double[] CARD_SIZES = {8.5, 9, 9.5, 10, 10.5, 11, 12, 13};

    private final DetailLevel.TextRule rule;
    private boolean textsShown = true;
    private int drawnSizes = CARD_SIZES.length;
    private double zoom = 1;

    LevelOfDetail(DetailLevel.TextRule rule) { this.rule = rule; }

    boolean textsShown() { return textsShown; }

    DetailLevel.TextRule rule() { return rule; }

    double zoom() { return zoom; }

    /** Applies the detail for {@code zoom}; true when the cards must show or hide texts. */
    boolean show(double zoom, Pane world, Node linkLabels, MicrosoftUpdateNode mu) {
        this.zoom = zoom;
        boolean blocks = zoom < BLOCK_ZOOM;
        if (blocks != world.getStyleClass().contains(BLOCKS)) {
            if (blocks) world.getStyleClass().add(BLOCKS); else world.getStyleClass().remove(BLOCKS);
        }
        linkLabels.setVisible(rule.drawn(LINK_LABEL_SIZE, zoom));
        mu.showTitle(rule.drawn(MicrosoftUpdateNode.TITLE_SIZE, zoom));
        int drawn = 0;
        for (double size : CARD_SIZES) if (rule.drawn(size, zoom)) drawn++;
        boolean texts = zoom >= TEXT_ZOOM;
        if (texts == textsShown && drawn == drawnSizes) return false;
        textsShown = texts;
        drawnSizes = drawn;
        return true;
    }
}
