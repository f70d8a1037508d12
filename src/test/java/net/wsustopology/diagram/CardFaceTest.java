package net.wsustopology.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.wsustopology.layout.Plans;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class CardFaceTest {
    @Test
    void hostAndDomainGoOnTheirOwnLines() {
        assertEquals(new HostName("wsus-hq01", "corp.contoso.com"), HostName.of("wsus-hq01.corp.contoso.com"));
        assertEquals(new HostName("WSUSHQ", ""), HostName.of("WSUSHQ"));
        assertEquals(new HostName("10.1.2.3", ""), HostName.of("10.1.2.3"), "an address is not split");
        assertEquals(new HostName("wsus.", ""), HostName.of("wsus."));
        assertEquals(new HostName(".wsus", ""), HostName.of(".wsus"));
    }

    @Test
    void detailsNameSiteTierAndKindAndTheBadgeIsForReplicasOnly() {
        Topology t = new Topology();
        Server hq = Plans.root(t, "hq");
        hq.setName("wsus-hq01.corp.contoso.com");
        hq.setSite("Seattle");
        Server r = Plans.downstream(t, "r", "hq");
        r.setReplica(true);
        CardFace root = CardFace.of(hq, 1, null);
        assertEquals(CardKind.ROOT, root.kind());
        assertEquals("wsus-hq01", root.host());
        assertEquals("corp.contoso.com", root.domain());
        assertEquals("Seattle · Tier 1 · root", root.details());
        assertFalse(root.replicaBadge());
        assertEquals("wsus-hq01.corp.contoso.com\nSeattle · Tier 1 · root", root.caption());

        CardFace replica = CardFace.of(r, 2, Severity.WARNING, 3, Severity.ERROR);
        assertTrue(replica.replicaBadge());
        assertEquals("Tier 2 · replica", replica.details(), "no site: no empty part");
        assertEquals(Severity.WARNING, replica.worst());
        assertEquals("+3", replica.hiddenText());
        assertEquals(Severity.ERROR, replica.hiddenWorst());
        assertEquals("No tier · autonomous", CardFace.of(Plans.downstream(t, "x", "gone"), null, null).details());
        assertEquals("", root.hiddenText());
    }

    @Test
    void controlCharactersBecomeSpaces() {
        Topology t = new Topology();
        Server s = Plans.root(t, "a");
        s.setName("wsus\tone.example.com");
        s.setSite("two\nlines");
        CardFace face = CardFace.of(s, 1, null);
        assertEquals("wsus one", face.host());
        assertEquals("two lines · Tier 1 · root", face.details());
    }

    @Test
    void aLinkShowsThePortItSyncsFromEvenWhenTheFileLeavesItToTheUpstream() {
        Topology t = new Topology();
        Server hq = Plans.root(t, "hq");
        Server d = Plans.downstream(t, "d", "hq");
        d.setUseSsl(true);
        d.setSourcePort(null);
        assertEquals(new LinkFace(hq.getHttpsPort() + " SSL", true, false), LinkFace.of(d, hq));
        d.setUseSsl(false);
        d.setReplica(true);
        d.setSourcePort(8080);
        assertEquals(new LinkFace("8080", false, true), LinkFace.of(d, hq));
        assertEquals(LinkFace.FROM_MICROSOFT_UPDATE, LinkFace.of(hq, null));
        assertNull(t.upstreamOf(hq));
    }
}
