package net.wsustopology.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ParsersTest {
    @Test
    void portsAcceptAnyNumberAndRejectText() {
        assertEquals(70000, Parsers.port().apply("70000").value(), "out of range is left to validation (NET-01)");
        assertFalse(Parsers.port().apply("8o8o").isOk());
        assertFalse(Parsers.port().apply("").isOk());
        assertNull(Parsers.optionalPort().apply("").value());
    }

    @Test
    void timesMustBeHoursAndMinutes() {
        assertEquals("07:30", Parsers.timeOfDay().apply("7:30").value());
        assertEquals("23:59", Parsers.timeOfDay().apply("23:59").value());
        assertFalse(Parsers.timeOfDay().apply("24:00").isOk());
        assertFalse(Parsers.timeOfDay().apply("7.30").isOk());
    }

    @Test
    void countsAreNotNegative() {
        assertEquals(0, Parsers.count().apply("0").value());
        assertFalse(Parsers.count().apply("-1").isOk());
        assertFalse(Parsers.positive().apply("0").isOk());
    }
}
