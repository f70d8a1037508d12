package net.wsustopology.model;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class PortsTest {
    @Test
    void rangeAndPairing() {
        assertTrue(Ports.inRange(1));
        assertTrue(Ports.inRange(65535));
        assertFalse(Ports.inRange(0));
        assertFalse(Ports.inRange(65536));
        assertEquals(443, Ports.pairedHttps(80));
        assertEquals(8531, Ports.pairedHttps(8530));
        assertTrue(Ports.paired(80, 443));
        assertTrue(Ports.paired(80, 81));
        assertFalse(Ports.paired(8530, 443));
    }

    @Test
    void theSourcePortIsTheServersOwnElseTheUpstreamsForItsProtocolElseUnknown() {
        Server up = new Server("up");
        up.setHttpPort(8530);
        up.setHttpsPort(8531);
        Server down = new Server("down");
        assertEquals(8530, Ports.sourcePort(down, up));
        down.setUseSsl(true);
        assertEquals(8531, Ports.sourcePort(down, up));
        assertNull(Ports.sourcePort(down, null));
        down.setSourcePort(9000);
        assertEquals(9000, Ports.sourcePort(down, null));
        assertEquals(9000, Ports.sourcePort(down, up));
    }

    @Test
    void aServerUnderAnUpstreamKeepsItsSslOrTakesTheRequiredOne() {
        Server up = new Server("up");
        Server down = new Server("down");
        assertFalse(Ports.sslUnder(down, up));
        down.setUseSsl(true);
        assertTrue(Ports.sslUnder(down, up));
        down.setUseSsl(false);
        up.setRequireSsl(true);
        assertTrue(Ports.sslUnder(down, up));
    }
}
