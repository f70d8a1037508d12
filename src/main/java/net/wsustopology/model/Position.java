package net.wsustopology.model;

/** A node's place on the canvas, in diagram units (1 unit = 1 pixel at 100 %). */
public record Position(double x, double y) {
    public Position translate(double dx, double dy) { return new Position(x + dx, y + dy); }
}
