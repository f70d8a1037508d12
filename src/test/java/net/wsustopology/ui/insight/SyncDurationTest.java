package net.wsustopology.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.wsustopology.ui.common.SyncDuration;
import org.junit.jupiter.api.Test;

class SyncDurationTest {
    @Test
    void startsAtHalfAnHourAndKeepsToZeroToOneDay() {
        SyncDuration duration = new SyncDuration();
        assertEquals(30, duration.minutes());
        duration.setMinutes(-5);
        assertEquals(0, duration.minutes());
        duration.setMinutes(5000);
        assertEquals(1440, duration.minutes());
        duration.minutesProperty().set(null);
        assertEquals(30, duration.minutes(), "an emptied spinner falls back to the default");
    }
}
