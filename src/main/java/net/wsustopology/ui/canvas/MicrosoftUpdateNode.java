package net.wsustopology.ui.canvas;

import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/** The "Microsoft Update" node drawn above the roots; it is not part of the plan. */
final class MicrosoftUpdateNode extends Region {
    static final double WIDTH = 170;
    static final double HEIGHT = 36;

    private final Text title = new Text("Microsoft Update");
    private double centreX;
    private double centreY;

    MicrosoftUpdateNode() {
        getStyleClass().add("mu-node");
        title.getStyleClass().add("mu-title");
        title.setManaged(false);
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        resize(WIDTH, HEIGHT);
        getChildren().add(title);
    }

    double centreX() { return centreX; }
    double centreY() { return centreY; }

    void moveCentreTo(double x, double y) {
        centreX = x;
        centreY = y;
        relocate(x - WIDTH / 2, y - HEIGHT / 2);
    }

    @Override protected void layoutChildren() {
        double w = title.getLayoutBounds().getWidth();
        double h = title.getLayoutBounds().getHeight();
        title.relocate((WIDTH - w) / 2, (HEIGHT - h) / 2);
    }
}
