package net.wsustopology.model;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HierarchyTest {
    private final Topology topology = new Topology();
    private final Hierarchy hierarchy = topology.hierarchy();

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
    void tiersFollowEveryEditThatMovesAServer() {
        Server hq = add("hq", null);
        Server hub = add("hub", "hq");
        Server branch = add("branch", "hub");
        assertEquals(OptionalInt.of(3), hierarchy.tier(branch));
        hub.setSyncFromUpstream(false);
        assertEquals(OptionalInt.of(2), hierarchy.tier(branch), "a hub made a root");
        hub.setSyncFromUpstream(true);
        hub.setUpstreamId("nowhere");
        assertEquals(OptionalInt.empty(), hierarchy.tier(branch), "dangling");
        Server nowhere = add("nowhere", "hq");
        assertEquals(OptionalInt.of(4), hierarchy.tier(branch), "the missing upstream arrives");
        topology.removeServer(nowhere);
        assertEquals(OptionalInt.empty(), hierarchy.tier(branch), "and leaves");
        assertEquals(OptionalInt.of(1), hierarchy.tier(hq));
    }

    @Test
    void loopMembersAndServersBelowALoop() {
        Server a = add("a", "b");
        Server b = add("b", "a");
        Server c = add("c", "a");
        assertEquals(List.of(a, b), hierarchy.loopOf(a));
        assertEquals(List.of(b, a), hierarchy.loopOf(b), "starts at the asked server");
        assertTrue(hierarchy.loopOf(c).isEmpty());
        assertEquals(OptionalInt.empty(), hierarchy.tier(c));
        b.setSyncFromUpstream(false);
        assertFalse(hierarchy.isInLoop(a), "the loop is broken");
        assertEquals(OptionalInt.of(3), hierarchy.tier(c));
        Server self = add("self", "self");
        assertEquals(List.of(self), hierarchy.loopOf(self));
    }

    @Test
    void effectiveLanguagesFollowLanguageAndReplicaEdits() {
        Server root = add("root", null);
        root.setLanguages(LanguageSelection.of(List.of("en", "de")));
        Server replica = add("replica", "root");
        replica.setReplica(true);
        Server below = add("below", "replica");
        below.setReplica(true);
        assertEquals(root.getLanguages(), hierarchy.effectiveLanguages(below));
        root.setLanguages(LanguageSelection.of(List.of("fr")));
        assertEquals(LanguageSelection.of(List.of("fr")), hierarchy.effectiveLanguages(below), "a language edit");
        replica.setReplica(false);
        assertEquals(replica.getLanguages(), hierarchy.effectiveLanguages(below), "a replica made autonomous");
        replica.setReplica(true);
        root.setReplica(true);
        root.setUpstreamId("below");
        root.setSyncFromUpstream(true);
        assertNull(hierarchy.effectiveLanguages(below), "a loop of replicas has no languages to inherit");
    }

    @Test
    void rolloutOrderIsByTierThenFileOrderWithTheUntieredLast() {
        Server branch = add("branch", "hub");
        Server loose = add("loose", "missing");
        Server hub = add("hub", "hq");
        Server hq = add("hq", null);
        Server other = add("other", null);
        assertEquals(List.of(hq, other, hub, branch, loose), hierarchy.rolloutOrder());
        hub.setUpstreamId("other");
        assertEquals(List.of(hq, other, hub, branch, loose), hierarchy.rolloutOrder());
        topology.removeServer(hq);
        Server hq2 = add("hq2", null);
        assertEquals(List.of(other, hq2, hub, branch, loose), hierarchy.rolloutOrder(), "an added server is placed");
    }

    @Test
    void allBelowAndLanguageHeirs() {
        Server hq = add("hq", null);
        Server replica = add("replica", "hq");
        replica.setReplica(true);
        Server autonomous = add("autonomous", "hq");
        Server underReplica = add("under-replica", "replica");
        Server underAutonomous = add("under-autonomous", "autonomous");
        assertEquals(List.of(replica, autonomous, underReplica, underAutonomous), hierarchy.allBelow(hq));
        assertEquals(Set.of(hq, replica, autonomous, underReplica), Set.copyOf(hierarchy.languageHeirs(hq)),
                "below an autonomous server nothing inherits hq's languages");
        assertEquals(List.of(replica, hq), hierarchy.upstreamChain(underReplica));
    }

    /** Every fact of a 50,000-deep chain, and of a 50,000-long loop, without a deep stack. */
    @Test
    void aVeryDeepChainAndAVeryLongLoopNeedNoDeepStack() {
        int depth = 50_000;
        Server top = add("s0", null);
        for (int i = 1; i < depth; i++) add("s" + i, "s" + (i - 1)).setReplica(true);
        Server bottom = topology.server("s" + (depth - 1));
        assertEquals(OptionalInt.of(depth), hierarchy.tier(bottom));
        assertEquals(top.getLanguages(), hierarchy.effectiveLanguages(bottom));
        assertEquals(depth, hierarchy.subtree(top).size());
        assertEquals(depth - 1, hierarchy.upstreamChain(bottom).size());
        assertEquals(bottom, hierarchy.rolloutOrder().get(depth - 1));
        assertEquals(depth, hierarchy.languageHeirs(top).size());
        top.setReplica(true);
        top.setSyncFromUpstream(true);
        top.setUpstreamId(bottom.id());
        assertEquals(depth, hierarchy.loopOf(bottom).size());
        assertNull(hierarchy.effectiveLanguages(bottom), "a loop of replicas");
        assertEquals(OptionalInt.empty(), hierarchy.tier(topology.server("s17")));
        hierarchy.complete();
    }

    @Test
    void aMoveForgetsTheMemosOfTheMovedServerAndWhatIsBelowItOnly() {
        for (int i = 0; i < 100; i++) add("s" + i, i == 0 ? null : "s" + (i - 1));
        hierarchy.complete();
        assertEquals(100, hierarchy.memoisedTiers());
        Server moved = topology.server("s90");
        moved.setUpstreamId("s10");
        assertEquals(90, hierarchy.memoisedTiers(), "the tiers above s90 stay known");
        assertEquals(OptionalInt.of(21), hierarchy.tier(topology.server("s99")));
        moved.setUpstreamId("s89");
        assertEquals(OptionalInt.of(100), hierarchy.tier(topology.server("s99")), "moved back");
        moved.setUpstreamId("s95");
        assertTrue(hierarchy.isInLoop(topology.server("s93")), "a move under its own subtree closes a loop");
        assertEquals(OptionalInt.empty(), hierarchy.tier(topology.server("s99")));
        assertEquals(OptionalInt.of(90), hierarchy.tier(topology.server("s89")));
        moved.setUpstreamId("s89");
        assertFalse(hierarchy.isInLoop(topology.server("s93")), "and opens it again");
        assertEquals(OptionalInt.of(100), hierarchy.tier(topology.server("s99")));
    }

    @Test
    void aLanguageEditForgetsOnlyTheLanguagesOfItsHeirs() {
        Server hq = add("hq", null);
        hq.setLanguages(LanguageSelection.of(List.of("en")));
        Server hub = add("hub", "hq");
        hub.setReplica(true);
        Server branch = add("branch", "hub");
        branch.setReplica(true);
        Server own = add("own", "hub");
        own.setLanguages(LanguageSelection.of(List.of("fr")));
        Server below = add("below", "own");
        below.setReplica(true);
        hierarchy.complete();
        hq.setLanguages(LanguageSelection.of(List.of("de")));
        assertEquals(LanguageSelection.of(List.of("de")), hierarchy.effectiveLanguages(branch));
        assertEquals(LanguageSelection.of(List.of("fr")), hierarchy.effectiveLanguages(below), "own languages stop the inheritance");
        hub.setReplica(false);
        assertEquals(hub.getLanguages(), hierarchy.effectiveLanguages(branch));
        own.setLanguages(LanguageSelection.of(List.of("ja")));
        assertEquals(LanguageSelection.of(List.of("ja")), hierarchy.effectiveLanguages(below));
    }

    @Test
    void isSelfOrUpstreamOfOnTiersLoopsAndNeighbouringBranches() {
        Server root = add("root", null);
        for (int i = 1; i <= 5; i++) {
            add("a" + i, i == 1 ? "root" : "a" + (i - 1));
            add("b" + i, i == 1 ? "root" : "b" + (i - 1));
        }
        Server x = add("x", "y");
        Server y = add("y", "x");
        assertTrue(hierarchy.isSelfOrUpstreamOf(root, topology.server("b5")));
        assertTrue(hierarchy.isSelfOrUpstreamOf(topology.server("b2"), topology.server("b5")));
        assertFalse(hierarchy.isSelfOrUpstreamOf(topology.server("a2"), topology.server("b5")), "a tier above, another branch");
        assertFalse(hierarchy.isSelfOrUpstreamOf(topology.server("b5"), topology.server("b2")));
        assertFalse(hierarchy.isSelfOrUpstreamOf(topology.server("b3"), topology.server("a4")), "the tier just above, another branch");
        assertTrue(hierarchy.isSelfOrUpstreamOf(y, x));
        assertTrue(hierarchy.isSelfOrUpstreamOf(x, y));
        assertFalse(hierarchy.isSelfOrUpstreamOf(root, x), "a loop has no root above it");
        assertTrue(hierarchy.isSelfOrUpstreamOf(x, x));
    }
}
