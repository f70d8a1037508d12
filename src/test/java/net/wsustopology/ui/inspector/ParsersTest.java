package net.wsustopology.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ParsersTest {
    @Test
    void portsAreRefusedOutsideOneTo65535WithTheSameSentenceAsText() {
        assertEquals(1, Parsers.port().apply("1").value());
        assertEquals(65535, Parsers.port().apply("65535").value());
        for (String bad : new String[] {"70000", "65536", "0", "-1", "8o8o"}) {
            assertEquals("Enter a port number (1-65535)", Parsers.port().apply(bad).error(), bad);
            assertEquals("Enter a port number (1-65535)", Parsers.optionalPort().apply(bad).error(), bad);
        }
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
