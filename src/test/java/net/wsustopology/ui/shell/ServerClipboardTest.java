package net.wsustopology.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.DemoPlans;
import org.junit.jupiter.api.Test;

class ServerClipboardTest {
    @Test
    void pastedSubtreeGetsFreshIdsAndNamesAndKeepsItsInnerLinks() {
        Topology t = DemoPlans.regions();
        List<Server> originals = t.subtree(t.server("berlin"));
        List<Server> copies = ServerClipboard.copiesFor(t, originals, 40);
        assertEquals(3, copies.size());
        Server berlinCopy = copies.get(0);
        assertEquals("berlin-2", berlinCopy.id());
        assertEquals("wsus-ber-copy.corp.contoso.com", berlinCopy.getName());
        assertEquals("hq", berlinCopy.getUpstreamId(), "the link out of the copied set stays on the same upstream");
        for (Server child : copies.subList(1, 3)) {
            assertEquals(berlinCopy.id(), child.getUpstreamId());
            assertTrue(child.isReplica());
            assertTrue(t.server(child.id()) == null);
            assertTrue(t.serversNamed(child.getName()).isEmpty());
        }
        assertNotEquals(copies.get(1).getName(), copies.get(2).getName());
    }

    @Test
    void aServerWhoseUpstreamIsNotInTheTargetPlanBecomesARoot() {
        Topology other = new Topology();
        Server munich = DemoPlans.regions().server("munich");
        munich.setPosition(new Position(100, 200));
        Server copy = ServerClipboard.copiesFor(other, List.of(munich), 40).get(0);
        assertFalse(copy.isSyncFromUpstream());
        assertFalse(copy.isReplica());
        assertEquals(new Position(140, 240), copy.getPosition());
    }

    @Test
    void searchMatchesNameOrSiteAndWrapsAround() {
        Topology t = DemoPlans.regions();
        assertEquals(t.server("osaka"), ServerSearch.next(t, "OSAKA", null));
        assertEquals(t.server("munich"), ServerSearch.next(t, "wsus-muc", null));
        Server first = ServerSearch.next(t, "contoso", null);
        assertEquals(t.server("hq"), first);
        assertEquals(t.server("berlin"), ServerSearch.next(t, "contoso", first));
        assertEquals(t.server("hq"), ServerSearch.next(t, "contoso", t.server("lab")));
        assertEquals(null, ServerSearch.next(t, "nowhere", null));
    }
}
