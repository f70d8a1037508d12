package net.wsustopology.layout;

import java.util.Map;
import net.wsustopology.model.Position;

/**
 * Centre positions of every server by id, and of the Microsoft Update node drawn above the
 * roots, plus the bounds of the whole drawing.
 */
public record LayoutResult(Map<String, Position> positions, Position microsoftUpdate, double width, double height) {
    /** The zoom at which the whole drawing just fits a view of that size. */
    public double fitZoom(double viewWidth, double viewHeight) {
        return Math.min(viewWidth / width, viewHeight / height);
    }
}
