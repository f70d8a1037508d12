package net.wsustopology.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelayAxisTest {
    /** Issue 26: bars from zero made 1 d 0 h 30 min (0.95) and 1 d 2 h 30 min (1.0) look alike. */
    @Test
    void theAxisStartsAtTheFastestDelayAndSaysSo() {
        Delay fast = Delay.bounded(1470);
        Delay middle = Delay.bounded(1530);
        Delay slow = Delay.bounded(1590);
        DelayAxis axis = DelayAxis.of(List.of(fast, middle, slow, Delay.MANUAL, Delay.DISCONNECTED));
        assertEquals(0.0, axis.position(fast));
        assertEquals(0.5, axis.position(middle));
        assertEquals(1.0, axis.position(slow));
        assertEquals(1.0, axis.position(Delay.MANUAL), "no bound: at the end");
        assertNull(axis.position(Delay.DISCONNECTED));
        assertEquals("Bars start at 1 d 0 h 30 min (fastest), not at zero, and end at 1 d 2 h 30 min (slowest)", axis.caption());
    }

    @Test
    void oneDelayFillsTheBarsAndNoneSaysNothing() {
        DelayAxis one = DelayAxis.of(List.of(Delay.bounded(90), Delay.bounded(90)));
        assertEquals(1.0, one.position(Delay.bounded(90)));
        assertEquals("Every automatic server: 1 h 30 min", one.caption());
        assertEquals("", DelayAxis.of(List.of(Delay.MANUAL)).caption());
    }
}
