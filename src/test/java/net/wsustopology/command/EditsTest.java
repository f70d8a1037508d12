package net.wsustopology.command;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Topology;
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
}
