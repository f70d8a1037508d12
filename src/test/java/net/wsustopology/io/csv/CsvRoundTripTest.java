package net.wsustopology.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Exporter;
import net.wsustopology.export.SamplePlans;
import net.wsustopology.io.SourcePorts;
import net.wsustopology.layout.Plans;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.model.WsusVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRoundTripTest {
    @TempDir Path dir;

    @Test
    void exportThenImportGivesTheSamePlan() throws Exception {
        Topology plan = SamplePlans.enterprise();
        Server withProxy = plan.servers().get(0);
        withProxy.setProxy(ProxySettings.NONE.withEnabled(true).withServer("proxy.corp.example.com").withPort(3128)
                .withUseCredentials(true).withUser("svc-wsus").withDomain("CORP").withAllowBasicAuth(true));
        Server odd = plan.server("lab-test");
        odd.setNotes("=HYPERLINK(\"http://evil\")\nsecond line, with comma");
        odd.setSite("+49 lab");
        odd.setWsusVersion(WsusVersion.V6_3);
        odd.setRequireSsl(true);
        odd.setSync(new SyncSchedule(true, "23:45", 4));
        Path csv = dir.resolve("plan.csv");
        Exporter.export(plan, List.of(), csv, ExportOptions.defaults());
        Topology back = CsvImport.read(csv);
        SourcePorts.resolveAbsent(plan, plan.servers()); // the import fills in the ports the plan leaves to the upstream
        back.setName(plan.getName());
        back.setDescription(plan.getDescription());
        assertTrue(plan.sameAs(back), () -> firstDifference(plan, back));
    }

    @Test
    void formulasAreNeutralisedInTheFile() throws Exception {
        Topology t = new Topology();
        Server s = Plans.root(t, "a");
        s.setName("@SUM(1+1)");
        s.setSite("-2");
        s.setNotes("'quoted");
        StringBuilder out = new StringBuilder();
        CsvExport.write(t, out);
        String row = out.toString().lines().toList().get(1);
        assertTrue(row.startsWith("a,'@SUM(1+1),"), row);
        assertTrue(row.contains(",'-2,"), row);
        assertTrue(row.endsWith(",''quoted"), row);
        Topology back = CsvImport.read(new StringReader(out.toString()));
        assertEquals("@SUM(1+1)", back.server("a").getName());
        assertEquals("-2", back.server("a").getSite());
        assertEquals("'quoted", back.server("a").getNotes());
    }

    @Test
    void headerIsFirstColumnsInAnyOrderUnknownIgnoredDefaultsApplied() throws Exception {
        String csv = "Name,extra,ID,upstream,languages,version\n"
                + "wsus01.contoso.com,x,hq,,all,\n"
                + "wsus02.contoso.com,y,b,hq,en;DE, 3.0-SP2\n";
        Topology t = CsvImport.read(new StringReader(csv));
        Server hq = t.server("hq");
        assertFalse(hq.isSyncFromUpstream());
        assertEquals(LanguageSelection.ALL, hq.getLanguages());
        assertEquals(WsusVersion.V10, hq.getWsusVersion());
        assertEquals(8530, hq.getHttpPort());
        assertEquals(SyncSchedule.MANUAL, hq.getSync());
        assertEquals(ProxySettings.NONE, hq.getProxy());
        Server b = t.server("b");
        assertTrue(b.isSyncFromUpstream());
        assertEquals("hq", b.getUpstreamId());
        assertEquals(8530, b.getSourcePort(), "no port: the upstream's port for the protocol");
        assertEquals(LanguageSelection.of(List.of("en", "de")), b.getLanguages());
        assertEquals(WsusVersion.V3_SP2, b.getWsusVersion());
        assertEquals(80, b.getHttpPort());
        assertEquals(443, b.getHttpsPort());
        assertEquals(0, b.getClients());
        assertNull(b.getPosition());
    }

    @Test
    void sslWithoutAPortTakesTheUpstreamsHttpsPortEvenWhenTheUpstreamComesLater() throws Exception {
        Topology t = CsvImport.read(new StringReader("id,name,upstream,ssl,https_port\nb,wsus-b,hq,yes,\nlost,wsus-l,gone,yes,\nhq,wsus-hq,,,9443\n"));
        assertEquals(9443, t.server("b").getSourcePort());
        assertNull(t.server("lost").getSourcePort(), "an upstream missing from the plan has no port to take");
    }

    @Test
    void missingLanguagesMeanEnglish() throws Exception {
        Topology t = CsvImport.read(new StringReader("id,name\na,wsus-a\n"));
        assertEquals(LanguageSelection.ENGLISH, t.server("a").getLanguages());
    }

    @Test
    void badValuesNameTheLine() {
        assertError("id,name,port\na,x,8530\n\nb,y,abc\n", "line 4: port 'abc' is not a number");
        assertError("id,name,ssl\na,x,maybe\n", "line 2: ssl 'maybe' is not true or false");
        assertError("id,name,version\na,x,11\n", "line 2: version '11' is not one of 3.0-SP2, 6.2, 6.3, 10.0");
        assertError("id,name\na,x\na,y\n", "line 3: id 'a' is already used on line 2");
        assertError("id,name\nbad id!,x\n", "line 2: id 'bad id!' is not valid");
        assertError("id,name\n,x\n", "line 2: the id is empty");
        assertError("name,upstream\nx,\n", "line 1: the header has no 'id' column");
        assertError("", "the file is empty");
        assertError("id,name,notes\na,x,\"multi\nline\"\nb,y,z\nc,z,\"unterminated\n", "line 5: malformed CSV");
    }

    @Test
    void lineNumbersCountMultiLineValues() {
        assertError("id,name,notes,clients\na,x,\"one\ntwo\nthree\",1\nb,y,,many\n", "line 5: clients 'many' is not a number");
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        Path csv = dir.resolve("bom.csv");
        Files.writeString(csv, "\ufeffid,name\na,wsus-a\n");
        Topology t = CsvImport.read(csv);
        assertEquals("wsus-a", t.server("a").getName());
        assertEquals("bom", t.getName());
    }

    private static void assertError(String csv, String expectedStart) {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvImport.read(new StringReader(csv)));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    private static String firstDifference(Topology a, Topology b) {
        if (a.size() != b.size()) return "sizes differ";
        for (int i = 0; i < a.size(); i++) {
            Server x = a.servers().get(i);
            Server y = b.servers().get(i);
            if (!x.sameAs(y)) return x + " differs: " + x.getLanguages() + "/" + y.getLanguages() + " " + x.getProxy() + "/" + y.getProxy()
                    + " " + x.getSync() + "/" + y.getSync() + " " + x.getSourcePort() + "/" + y.getSourcePort();
        }
        return "plan settings differ";
    }
}
