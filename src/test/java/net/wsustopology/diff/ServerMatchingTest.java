package net.wsustopology.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class ServerMatchingTest {
    private static Topology plan(String... idAndNames) {
        Topology t = new Topology();
        for (int i = 0; i < idAndNames.length; i += 2) {
            Server s = new Server(idAndNames[i]);
            s.setName(idAndNames[i + 1]);
            t.addServer(s);
        }
        return t;
    }

    @Test
    void byHostNameIgnoringCaseAcrossDifferentIds() {
        Topology p = plan("paris", "wsus-par.corp.contoso.com");
        Topology a = plan("wsus-par", "WSUS-PAR.corp.contoso.com");
        assertSame(a.server("wsus-par"), new ServerMatching(p, a).actualFor(p.server("paris")));
    }

    @Test
    void aShortNameMatchesTheOneFqdnWhoseFirstLabelItIs() {
        Topology p = plan("hq", "wsus-hq.fabrikam.com", "ber", "wsus-ber");
        Topology a = plan("wsus-hq", "WSUS-HQ", "x", "wsus-ber.fabrikam.com");
        ServerMatching m = new ServerMatching(p, a);
        assertSame(a.server("wsus-hq"), m.actualFor(p.server("hq")), "short actual name");
        assertSame(a.server("x"), m.actualFor(p.server("ber")), "short planned name");
    }

    @Test
    void aShortNameWithTwoCandidateFqdnsMatchesNeither() {
        Topology p = plan("a", "wsus01.eu.contoso.com", "b", "wsus01.us.contoso.com");
        Topology a = plan("c", "WSUS01");
        ServerMatching m = new ServerMatching(p, a);
        assertEquals(List.of(p.server("a"), p.server("b")), m.onlyPlanned());
        assertEquals(List.of(a.server("c")), m.onlyActual());
    }

    @Test
    void thenById() {
        Topology p = plan("hq", "wsus-hq.old.contoso.com");
        Topology a = plan("hq", "wsus-hq.new.contoso.com");
        assertSame(a.server("hq"), new ServerMatching(p, a).actualFor(p.server("hq")));
    }

    @Test
    void theNameWinsOverTheId() {
        Topology p = plan("a", "one.contoso.com", "b", "two.contoso.com");
        Topology a = plan("b", "one.contoso.com", "a", "three.contoso.com");
        ServerMatching m = new ServerMatching(p, a);
        assertSame(a.server("b"), m.actualFor(p.server("a")));
        assertNull(m.actualFor(p.server("b")), "actual 'a' has another name and planned 'b''s id is taken");
        assertEquals(List.of(a.server("a")), m.onlyActual());
    }

    @Test
    void eachServerIsPairedOnce() {
        Topology p = plan("a", "same.contoso.com", "b", "same.contoso.com");
        Topology a = plan("x", "same.contoso.com");
        ServerMatching m = new ServerMatching(p, a);
        assertSame(a.server("x"), m.actualFor(p.server("a")));
        assertEquals(List.of(p.server("b")), m.onlyPlanned());
    }
}
