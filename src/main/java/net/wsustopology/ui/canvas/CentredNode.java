package net.wsustopology.ui.canvas;

import javafx.scene.layout.Region;

/** A node of the diagram with a fixed size, placed by its centre in diagram units. */
abstract class CentredNode extends Region {
    private final double width;
    private final double height;
    private double centreX;
    private double centreY;

    CentredNode(double width, double height) {
        this.width = width;
        this.height = height;
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        resize(width, height);
    }

    double centreX() { return centreX; }
    double centreY() { return centreY; }

    /** Places the node so that its centre is at (x, y) in diagram units. */
    void moveCentreTo(double x, double y) {
        centreX = x;
        centreY = y;
        relocate(x - width / 2, y - height / 2);
    }
}
