package net.wsustopology.model;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TopologyTest {
    private final Topology topology = new Topology();

    private Server add(String id, String upstream) {
        Server s = new Server(id);
        s.setName(id + ".corp.example.com");
        if (upstream != null) {
            s.setSyncFromUpstream(true);
            s.setUpstreamId(upstream);
        }
        topology.addServer(s);
        return s;
    }

    @Test
    void downstreamIndexFollowsUpstreamAndSourceChanges() {
        Server hq = add("hq", null);
        Server ber = add("ber", "hq");
        Server par = add("par", null);
        assertEquals(List.of(ber), topology.downstreams(hq));
        ber.setUpstreamId("par");
        assertEquals(List.of(), topology.downstreams(hq));
        assertEquals(List.of(ber), topology.downstreams(par));
        ber.setSyncFromUpstream(false);
        assertEquals(List.of(), topology.downstreams(par));
        assertEquals(List.of(hq, ber, par), topology.roots(), "file order");
    }

    @Test
    void danglingReferencesResolveWhenTheUpstreamArrives() {
        Server child = add("child", "later");
        assertNull(topology.upstreamOf(child));
        assertEquals(OptionalInt.empty(), topology.tier(child));
        Server later = add("later", null);
        assertEquals(later, topology.upstreamOf(child));
        assertEquals(OptionalInt.of(2), topology.tier(child));
    }

    @Test
    void loopsHaveNoTierAndAreDetected() {
        Server a = add("a", "b");
        Server b = add("b", "a");
        Server c = add("c", "a");
        assertTrue(topology.isInLoop(a));
        assertTrue(topology.isInLoop(b));
        assertFalse(topology.isInLoop(c));
        assertEquals(OptionalInt.empty(), topology.tier(c));
        assertEquals(3, topology.subtree(a).size());
    }

    @Test
    void theUpstreamChainStopsAtARootADanglingReferenceOrTheFirstRepeat() {
        Server hq = add("hq", null);
        Server ber = add("ber", "hq");
        Server mun = add("mun", "ber");
        assertEquals(List.of(ber, hq), topology.upstreamChain(mun));
        assertEquals(List.of(), topology.upstreamChain(hq));
        Server orphan = add("orphan", "missing");
        Server below = add("below", "orphan");
        assertEquals(List.of(orphan), topology.upstreamChain(below));
        Server a = add("a", "b");
        Server b = add("b", "a");
        Server c = add("c", "a");
        Server self = add("self", "self");
        assertEquals(List.of(b), topology.upstreamChain(a));
        assertEquals(List.of(a, b), topology.upstreamChain(c));
        assertEquals(List.of(), topology.upstreamChain(self));
        assertTrue(topology.isInLoop(self));
        assertEquals(OptionalInt.empty(), topology.tier(self));
        assertEquals(OptionalInt.of(3), topology.tier(mun));
        assertTrue(topology.isSelfOrUpstreamOf(hq, mun));
        assertFalse(topology.isSelfOrUpstreamOf(c, a));
    }

    @Test
    void aLongLoopIsWalkedOnceRoundAndNoFurther() {
        int n = 40;
        for (int i = 0; i < n; i++) add("s" + i, "s" + ((i + 1) % n));
        Server entry = add("entry", "s0");
        assertEquals(n, topology.upstreamChain(entry).size());
        assertEquals(n - 1, topology.upstreamChain(topology.server("s0")).size());
        assertTrue(topology.isInLoop(topology.server("s7")));
        assertFalse(topology.isInLoop(entry));
        for (int i = 0; i < n; i++) topology.server("s" + i).setReplica(true);
        assertNull(topology.effectiveLanguages(topology.server("s3")), "replicas all round a loop have no source of languages");
        topology.server("s9").setReplica(false);
        assertEquals(topology.server("s9").getLanguages(), topology.effectiveLanguages(topology.server("s3")));
    }

    @Test
    void replicasInheritEffectiveLanguagesThroughTheChain() {
        Server hq = add("hq", null);
        hq.setLanguages(LanguageSelection.of(List.of("en", "de")));
        Server r1 = add("r1", "hq");
        r1.setReplica(true);
        Server r2 = add("r2", "r1");
        r2.setReplica(true);
        r2.setLanguages(LanguageSelection.of(List.of("ja")));
        assertEquals(hq.getLanguages(), topology.effectiveLanguages(r2));
        r1.setReplica(false);
        assertEquals(r1.getLanguages(), topology.effectiveLanguages(r2));
    }

    @Test
    void namesAreIndexedCaseInsensitively() {
        Server a = add("a", null);
        Server b = add("b", null);
        b.setName("A.CORP.example.com");
        assertEquals(List.of(a, b), topology.serversNamed("a.corp.example.com"));
        b.setName("other");
        assertEquals(List.of(a), topology.serversNamed("a.corp.example.com"));
    }

    @Test
    void listenersHearEveryServerPropertyOnce() {
        Server a = add("a", null);
        List<String> heard = new ArrayList<>();
        topology.addListener(new TopologyListener() {
            @Override public void serverChanged(Server s, String property, Object o, Object n) { heard.add(s.id() + ":" + property); }
        });
        a.setClients(10);
        a.setLanguages(LanguageSelection.ALL);
        assertEquals(List.of("a:clients", "a:languages"), heard);
        topology.removeServer(a);
        a.setClients(20);
        assertEquals(2, heard.size(), "a removed server is no longer watched");
    }

    @Test
    void freshIdsNeverCollide() {
        add("wsus", null);
        assertEquals("wsus-2", topology.freshId("wsus"));
        assertEquals("a-b", topology.freshId("a b"));
    }

    @Test
    void scheduleStartsWrapAroundMidnight() {
        SyncSchedule s = new SyncSchedule(true, "22:00", 3);
        assertArrayEquals(new int[] {1320, 0 + 1320 + 480 - 1440, 1320 + 960 - 1440}, s.startMinutes());
        assertFalse(new SyncSchedule(true, "24:00", 1).isValid());
        assertFalse(new SyncSchedule(true, "01:00", 25).isValid());
    }
}
