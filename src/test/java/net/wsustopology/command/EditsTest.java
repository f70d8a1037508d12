package net.wsustopology.command;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Topology;
import net.wsustopology.model.TopologyListener;
import org.junit.jupiter.api.Test;

/** Edits: labels, an empty result for a no-op, and the source port following the upstream's port. */
class EditsTest {
    private final Topology topology = new Topology();
    private final CommandStack stack = new CommandStack();
    private final Edits edits = new Edits(topology);

    private Server root(String id) {
        Server s = new Server(id);
        s.setName(id + ".corp.example.com");
        stack.execute(edits.add(s, null).orElseThrow());
        return s;
    }

    @Test
    void anEditThatChangesNothingIsEmpty() {
        Server hq = root("hq");
        Server ber = new Server("ber");
        stack.execute(edits.add(ber, hq).orElseThrow());
        assertTrue(edits.set(List.of(hq), ServerSettings.HTTP_PORT, hq.getHttpPort()).isEmpty());
        assertTrue(edits.reparent(ber, hq).isEmpty());
        assertTrue(edits.makeRoot(hq).isEmpty());
        assertTrue(edits.unpinAll().isEmpty());
        assertTrue(edits.delete(List.of()).isEmpty());
        assertTrue(edits.renamePlan(topology.getName()).isEmpty());
        assertTrue(edits.setLimits(topology.getLimits()).isEmpty());
        stack.execute(edits.move(Map.of(ber, new Position(5, 5))).orElseThrow());
        assertTrue(edits.move(Map.of(ber, new Position(5, 5))).isEmpty());
        assertTrue(edits.applyLayout(Map.of(ber, new Position(5, 5)), "Tidy tree", null).isEmpty());
        assertFalse(edits.setLimits(new Limits(10, 3, 4)).isEmpty());
    }

    @Test
    void onlyTheServersThatChangeAreNamedInTheLabel() {
        Server hq = root("hq");
        Server par = root("par");
        par.setHttpPort(8080);
        Command set = edits.set(List.of(hq, par), ServerSettings.HTTP_PORT, 8080).orElseThrow();
        assertEquals("Set HTTP port of hq.corp.example.com", set.label());
    }

    @Test
    void theSourcePortFollowsTheUpstreamsPortForTheProtocolOnAddReparentAndSsl() {
        Server hq = root("hq");
        hq.setHttpPort(8080);
        hq.setHttpsPort(8443);
        Server ber = new Server("ber");
        stack.execute(edits.add(ber, hq).orElseThrow());
        assertEquals(8080, ber.getSourcePort());
        stack.execute(edits.setUseSsl(List.of(ber), true).orElseThrow());
        assertTrue(ber.isUseSsl());
        assertEquals(8443, ber.getSourcePort());
        Server par = root("par");
        par.setRequireSsl(true);
        stack.execute(edits.reparent(ber, par).orElseThrow());
        assertEquals(8531, ber.getSourcePort());
        stack.undo();
        assertEquals(8443, ber.getSourcePort());
        assertEquals("hq", ber.getUpstreamId());
    }

    @Test
    void thePlansOwnSettingsAreSetAndUndoneAndTheListenersHearEachChangeOnce() {
        List<String> heard = new ArrayList<>();
        topology.addListener(new TopologyListener() {
            @Override public void planChanged(String property) { heard.add(property); }
        });
        stack.execute(edits.renamePlan("Europe").orElseThrow());
        stack.execute(edits.describePlan("Three regions").orElseThrow());
        stack.execute(edits.setLimits(new Limits(10, 3, 4)).orElseThrow());
        assertEquals("Change plan limits", stack.undoLabel());
        assertEquals(List.of(Topology.PLAN_NAME, Topology.DESCRIPTION, Topology.LIMITS), heard);
        stack.undo();
        stack.undo();
        stack.undo();
        assertEquals("", topology.getName());
        assertEquals("", topology.getDescription());
        assertEquals(Limits.DEFAULT, topology.getLimits());
        assertEquals(List.of(Topology.PLAN_NAME, Topology.DESCRIPTION, Topology.LIMITS,
                Topology.LIMITS, Topology.DESCRIPTION, Topology.PLAN_NAME), heard);
    }

    @Test
    void pastingUnderAnUpstreamKeepsAServersOwnSsl() {
        Server hq = root("hq");
        Server secure = new Server("secure");
        secure.setUseSsl(true);
        Server plain = new Server("plain");
        stack.execute(edits.addAllUnder(List.of(secure, plain), hq).orElseThrow());
        assertTrue(secure.isUseSsl(), "its own SSL stays, as a reparent keeps it");
        assertEquals(hq.getHttpsPort(), secure.getSourcePort());
        assertFalse(plain.isUseSsl());
        assertEquals(hq.getHttpPort(), plain.getSourcePort());
        Server strict = root("strict");
        strict.setRequireSsl(true);
        Server more = new Server("more");
        stack.execute(edits.addAllUnder(List.of(more), strict).orElseThrow());
        assertTrue(more.isUseSsl(), "an upstream that requires SSL gets it");
    }
}
