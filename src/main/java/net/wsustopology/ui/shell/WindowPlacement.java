package net.wsustopology.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where a new editor window opens: at its remembered size but never larger than the screen's
 * visible bounds (without task bar and menu bar), centred in them, so a 1400×900 window on a
 * 1366×768 projector keeps its menu and status bar on the screen. A further window opens down and
 * to the right of the last one, as desktop editors do, never exactly on top of it.
 */
public final class WindowPlacement {
    static final double CASCADE_STEP = 32;

    private WindowPlacement() { }

    /** The window's bounds (decorations included) for a wanted size on a screen whose visible part is {@code visible}. */
    static Rectangle2D within(double width, double height, Rectangle2D visible) {
        double w = Math.min(width, visible.getWidth());
        double h = Math.min(height, visible.getHeight());
        return new Rectangle2D(visible.getMinX() + (visible.getWidth() - w) / 2, visible.getMinY() + (visible.getHeight() - h) / 2, w, h);
    }

    /** Room a window's title bar and borders take around its scene, roughly, before it is shown. */
    private static final double DECORATION_WIDTH = 16;
    private static final double DECORATION_HEIGHT = 48;

    /** True when a scene of this size and its decorations fit the visible bounds (JavaFX's own centring then keeps it on screen). */
    static boolean fits(double sceneWidth, double sceneHeight, Rectangle2D visible) {
        return sceneWidth + DECORATION_WIDTH <= visible.getWidth() && sceneHeight + DECORATION_HEIGHT <= visible.getHeight();
    }

    /** Sizes and places {@code stage} on the primary screen when its scene of this size would not fit there. */
    static void fit(Stage stage, double width, double height) {
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        if (fits(width, height, visible)) return;
        Rectangle2D at = within(width, height, visible);
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
        stage.setWidth(at.getWidth());
        stage.setHeight(at.getHeight());
    }

    /** Places {@code next} (not yet shown) one step from {@code last}; back at the screen's top left when it would leave it. */
    public static void cascade(Stage next, Stage last) {
        if (last == null || !last.isShowing() || Double.isNaN(last.getX())) return;
        Rectangle2D screen = Screen.getScreensForRectangle(last.getX(), last.getY(), Math.max(1, last.getWidth()),
                Math.max(1, last.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double x = last.getX() + CASCADE_STEP;
        double y = last.getY() + CASCADE_STEP;
        // not yet shown, the stage has no size of its own: its scene's, plus the decorations, is what it will take
        double width = Double.isNaN(next.getWidth()) && next.getScene() != null ? next.getScene().getWidth() + DECORATION_WIDTH : next.getWidth();
        double height = Double.isNaN(next.getHeight()) && next.getScene() != null ? next.getScene().getHeight() + DECORATION_HEIGHT : next.getHeight();
        if (x + width > screen.getMaxX()) x = screen.getMinX();
        if (y + height > screen.getMaxY()) y = screen.getMinY();
        next.setX(x);
        next.setY(y);
    }
}
