package net.wsustopology.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** The plan hears of every change of a server, whether or not its property objects exist yet. */
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
    void aSetterBeforeThePropertyExistsIsHeardAndThePropertyStartsFromItsValue() {
        Server s = new Server("a");
        plan.addServer(s);
        s.setName("one");
        s.setClients(5);
        s.setClients(5);
        assertEquals(List.of("a name ->one", "a clients 0->5"), heard);
        assertEquals("one", s.nameProperty().get());
        assertEquals(5, s.clientsProperty().get());
    }

    @Test
    void changesThroughThePropertyAndThroughABindingAreHeardToo() {
        Server s = new Server("a");
        plan.addServer(s);
        s.nameProperty().set("one");
        s.setName("two");
        SimpleStringProperty source = new SimpleStringProperty("three");
        s.siteProperty().bind(source);
        source.set("four");
        assertEquals(List.of("a name ->one", "a name one->two", "a site ->three", "a site three->four"), heard);
        assertEquals("four", s.getSite());
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
        down.nameProperty().set("again");
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
