package net.wsustopology.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class NewServerNamesTest {
    private final Topology plan = new Topology();

    private Server server(String id, String name) {
        Server s = new Server(id);
        s.setName(name);
        plan.addServer(s);
        return s;
    }

    @Test
    void theDomainIsEverythingAfterTheHostName() {
        assertEquals("corp.contoso.com", NewServerNames.domainOf("wsus-hq.corp.contoso.com"));
        assertEquals("contoso.com", NewServerNames.domainOf("WSUS01.Contoso.com"));
        assertNull(NewServerNames.domainOf("wsus01"));
        assertNull(NewServerNames.domainOf("10.0.0.12"));
        assertNull(NewServerNames.domainOf("wsus."));
        assertNull(NewServerNames.domainOf(null));
    }

    @Test
    void aNewDownstreamTakesItsUpstreamsDomain() {
        server("a", "a.contoso.com");
        server("b", "b.contoso.com");
        Server tokyo = server("tokyo", "wsus-tyo.jp.fabrikam.com");
        assertEquals("jp.fabrikam.com", NewServerNames.domainFor(plan, tokyo));
    }

    @Test
    void aNewRootTakesThePlansMostCommonDomain() {
        server("a", "a.contoso.com");
        server("t", "t.fabrikam.com");
        server("b", "b.contoso.com");
        assertEquals("contoso.com", NewServerNames.domainFor(plan, null));
    }

    @Test
    void anUpstreamWithoutADomainLeavesItToThePlan() {
        server("a", "a.contoso.com");
        Server ip = server("ip", "10.1.2.3");
        assertEquals("contoso.com", NewServerNames.domainFor(plan, ip));
    }

    @Test
    void aPlanWithoutDomainsFallsBackToTheExampleDomain() {
        server("a", "wsus01");
        assertEquals(NewServerNames.FALLBACK_DOMAIN, NewServerNames.domainFor(plan, null));
        assertEquals(NewServerNames.FALLBACK_DOMAIN, NewServerNames.domainFor(new Topology(), null));
    }

    @Test
    void theNumberSkipsUsedNamesAndIds() {
        server("x", "wsus-new-1.contoso.com");
        server("wsus-new-2", "other.contoso.com");
        assertEquals(3, NewServerNames.number(plan, "contoso.com"));
        assertEquals(1, NewServerNames.number(plan, "fabrikam.com"));
    }
}
