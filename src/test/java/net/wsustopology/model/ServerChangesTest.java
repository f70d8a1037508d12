package net.wsustopology.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan hears of every change of its servers' settings, once, and of nothing that changes no value. */
class ServerChangesTest {
    private final Topology plan = new Topology();
    private final List<String> heard = new ArrayList<>();

    ServerChangesTest() {
        plan.addListener(new TopologyListener() {
            @Override public void serverChanged(Server s, String property, Object oldValue, Object newValue) {
                heard.add(s.id() + " " + property + " " + oldValue + "->" + newValue);
            }
        });
    }

    @Test
    void aChangeIsHeardOnceWithItsOldAndNewValueAndSettingTheSameValueIsNotAChange() {
        Server s = new Server("a");
        plan.addServer(s);
        s.setName("one");
        s.setClients(5);
        s.setClients(5);
        s.setName("one");
        assertEquals(List.of("a name ->one", "a clients 0->5"), heard);
        assertEquals("one", s.getName());
        assertEquals(5, s.getClients());
    }

    @Test
    void aServerBuiltBeforeItJoinsThePlanIsHeardByNoOneAndIndexedWithItsValues() {
        Server up = new Server("up"), down = new Server("down");
        down.setName("Host");
        down.setSyncFromUpstream(true);
        down.setUpstreamId("up");
        plan.addServer(up);
        plan.addServer(down);
        assertTrue(heard.isEmpty());
        assertEquals(List.of(down), plan.downstreams(up));
        assertEquals(List.of(down), plan.serversNamed("host"));
    }

    @Test
    void aRemovedServerIsNoLongerHeardAndItsIndexesFollowItsChanges() {
        Server up = new Server("up"), down = new Server("down");
        plan.addServer(up);
        plan.addServer(down);
        down.setSyncFromUpstream(true);
        down.setUpstreamId("up");
        assertEquals(List.of(down), plan.downstreams(up));
        down.setName("Host");
        assertEquals(List.of(down), plan.serversNamed("host"));
        plan.removeServer(down);
        heard.clear();
        down.setName("elsewhere");
        assertTrue(heard.isEmpty());
    }

    @Test
    void aServerInTwoPlansIsHeardByBoth() {
        Topology other = new Topology();
        List<String> alsoHeard = new ArrayList<>();
        other.addListener(new TopologyListener() {
            @Override public void serverChanged(Server s, String property, Object oldValue, Object newValue) { alsoHeard.add(property); }
        });
        Server s = new Server("a");
        plan.addServer(s);
        other.addServer(s);
        s.setNotes("x");
        assertEquals(1, heard.size());
        assertEquals(List.of(Server.NOTES), alsoHeard);
    }
}
