package net.wsustopology.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HostNamesTest {
    @Test
    void sameIgnoringCase() {
        assertTrue(HostNames.same("WSUS-PAR.Corp.Contoso.com", "wsus-par.corp.contoso.com"));
        assertFalse(HostNames.same("wsus-par.corp.contoso.com", "wsus-par.eu.contoso.com"));
    }

    @Test
    void aShortNameIsTheFqdnItBegins() {
        assertTrue(HostNames.same("WSUS-HQ", "wsus-hq.fabrikam.com"));
        assertTrue(HostNames.same("wsus-hq.fabrikam.com", "wsus-hq"));
        assertFalse(HostNames.same("wsus", "wsus-hq.fabrikam.com"), "a label, not a prefix");
        assertFalse(HostNames.same("wsus-hq", "wsus-ber"));
        assertFalse(HostNames.same("", "wsus-hq"));
    }

    @Test
    void firstLabel() {
        assertEquals("wsus-hq", HostNames.firstLabel("WSUS-HQ.fabrikam.com"));
        assertEquals("wsus-hq", HostNames.firstLabel("wsus-hq"));
    }
}
