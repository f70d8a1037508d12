package net.wsustopology.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    /** Issue 26: a 1400×900 window opened at −17,−44 on a 1366×768 screen, its menu above it and the status bar below. */
    @Test
    void aWindowLargerThanTheScreenOpensWithinItsVisibleBounds() {
        Rectangle2D visible = new Rectangle2D(0, 0, 1366, 728); // a task bar takes 40 lines
        assertFalse(WindowPlacement.fits(1400, 900, visible));
        assertEquals(new Rectangle2D(0, 0, 1366, 728), WindowPlacement.within(1400, 900, visible));
    }

    @Test
    void aWindowThatFitsWithItsTitleBarIsLeftToTheToolkit() {
        assertTrue(WindowPlacement.fits(1400, 900, new Rectangle2D(0, 0, 1920, 1040)));
        assertFalse(WindowPlacement.fits(1300, 700, new Rectangle2D(0, 0, 1366, 728)), "700 + its title bar is taller than 728");
    }

    @Test
    void aSmallerWindowKeepsItsSizeAndIsCentredOnItsScreen() {
        Rectangle2D visible = new Rectangle2D(1920, 30, 1920, 1050);
        assertEquals(new Rectangle2D(1920 + 260, 30 + 75, 1400, 900), WindowPlacement.within(1400, 900, visible));
    }
}
