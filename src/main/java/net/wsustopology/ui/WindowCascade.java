package net.wsustopology.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** A new window opens down and to the right of the last one, as desktop editors do, and stays on its screen. */
public final class WindowCascade {
    static final double STEP = 32;

    private WindowCascade() { }

    /** Places {@code next} (not yet shown) one step from {@code last}; back at the screen's top left when it would leave it. */
    public static void place(Stage next, Stage last) {
        if (last == null || !last.isShowing() || Double.isNaN(last.getX())) return;
        Rectangle2D screen = Screen.getScreensForRectangle(last.getX(), last.getY(), Math.max(1, last.getWidth()),
                Math.max(1, last.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double x = last.getX() + STEP;
        double y = last.getY() + STEP;
        double width = next.getScene() == null ? last.getWidth() : next.getScene().getWidth();
        double height = next.getScene() == null ? last.getHeight() : next.getScene().getHeight();
        if (x + width > screen.getMaxX()) x = screen.getMinX();
        if (y + height > screen.getMaxY()) y = screen.getMinY();
        next.setX(x);
        next.setY(y);
    }
}
