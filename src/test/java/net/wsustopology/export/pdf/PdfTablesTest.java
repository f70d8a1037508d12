package net.wsustopology.export.pdf;

import static org.junit.jupiter.api.Assertions.*;

import net.wsustopology.diagram.LinkFace;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

/** The server table prints the source port the plan decides, and none the file leaves out. */
class PdfTablesTest {
    private static Server server(Topology t, String id, String upstream) {
        Server s = new Server(id);
        s.setName(id);
        if (upstream != null) {
            s.setSyncFromUpstream(true);
            s.setUpstreamId(upstream);
        }
        t.addServer(s);
        return s;
    }

    private static String port(Topology t, Server s) {
        return PdfTables.servers(t).rows().get(t.indexOf(s)).get(2);
    }

    @Test
    void aPortTheFileLeavesOutIsNotPrinted() {
        Topology t = new Topology();
        Server hq = server(t, "hq", null);
        hq.setHttpPort(8530);
        Server ber = server(t, "ber", "hq");
        Server lost = server(t, "lost", "gone");
        Server set = server(t, "set", "gone");
        set.setSourcePort(8531);
        assertEquals("", port(t, hq), "a root syncs from Microsoft Update");
        assertEquals("8530", port(t, ber), "the upstream's port for its protocol");
        assertEquals("", port(t, lost), "no upstream in the plan and no port in the file: nobody knows it");
        assertEquals("8531", port(t, set));
        assertEquals("", LinkFace.of(lost, null).label(), "the link face says the same");
        assertEquals("8530", LinkFace.of(ber, hq).label());
    }
}
