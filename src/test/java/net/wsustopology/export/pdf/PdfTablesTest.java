package net.wsustopology.export.pdf;

import static org.junit.jupiter.api.Assertions.*;

import net.wsustopology.diagram.LinkFace;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
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

    @Test
    void theServerTableSaysWhereUpdateFilesComeFrom() {
        Topology t = new Topology();
        Server hq = server(t, "hq", null);
        Server ber = server(t, "ber", "hq");
        Server osa = server(t, "osa", "hq");
        ServerSettings.FILES_FROM_MICROSOFT_UPDATE.set(hq, true);
        ServerSettings.EXPRESS_FILES.set(ber, true);
        ServerSettings.FILES_FROM_MICROSOFT_UPDATE.set(ber, true);
        ServerSettings.STORE_LOCALLY.set(osa, false);
        TextTable table = PdfTables.servers(t);
        int column = 6; // "Update files"
        assertEquals("local, approved only", table.rows().get(0).get(column), "a root ignores 'from Microsoft Update'");
        assertEquals("local, approved only, express, from Microsoft Update", table.rows().get(1).get(column));
        assertEquals("clients from Microsoft Update", table.rows().get(2).get(column));
    }
}
