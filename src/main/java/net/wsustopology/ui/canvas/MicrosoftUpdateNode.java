package net.wsustopology.ui.canvas;

import javafx.scene.text.Text;
import net.wsustopology.diagram.DiagramScene;

/** The "Microsoft Update" node drawn above the roots; it is not part of the plan. */
final class MicrosoftUpdateNode extends CentredNode {
    static final double WIDTH = DiagramScene.MU_WIDTH;
    static final double HEIGHT = DiagramScene.MU_HEIGHT;

    /** The title's size in canvas.css ({@code .mu-title}). */
    static final double TITLE_SIZE = 12;
    private final Text title = new Text("Microsoft Update");

    MicrosoftUpdateNode() {
        super(WIDTH, HEIGHT);
        getStyleClass().add("mu-node");
        title.getStyleClass().add("mu-title");
        title.setManaged(false);
        getChildren().add(title);
    }

    /** Draws the title or not (it is not drawn while it would not read). */
    void showTitle(boolean shown) { title.setVisible(shown); }

    /** What it covers: {minX, minY, maxX, maxY}. */
    double[] area() {
        return new double[] {centreX() - WIDTH / 2, centreY() - HEIGHT / 2, centreX() + WIDTH / 2, centreY() + HEIGHT / 2};
    }

    @Override protected void layoutChildren() {
        double w = title.getLayoutBounds().getWidth();
        double h = title.getLayoutBounds().getHeight();
        title.relocate((WIDTH - w) / 2, (HEIGHT - h) / 2);
    }
}
