package net.wsustopology.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    @TempDir Path dir;

    @Test
    void extensionPicksTheFormat() throws Exception {
        assertEquals(Optional.of(ExportFormat.PNG), ExportFormat.of(Path.of("a/B.PNG")));
        assertEquals(Optional.of(ExportFormat.GRAPHML), ExportFormat.of(Path.of("x.graphml")));
        assertEquals(Optional.empty(), ExportFormat.of(Path.of("x.txt")));
        Topology t = SamplePlans.enterprise();
        Exporter.export(t, null, dir.resolve("p.svg"), ExportOptions.defaults());
        Exporter.export(t, null, dir.resolve("p.png"), ExportOptions.defaults());
        Exporter.export(t, null, dir.resolve("p.pdf"), ExportOptions.defaults());
        assertTrue(Files.readString(dir.resolve("p.svg")).contains("<svg"));
        byte[] png = Files.readAllBytes(dir.resolve("p.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(Files.readString(dir.resolve("p.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void anEmptyPlanExportsInEveryFormat() throws Exception {
        Topology empty = new Topology();
        for (ExportFormat f : ExportFormat.values()) {
            Path out = dir.resolve("empty." + f.extension());
            Exporter.export(empty, null, out, ExportOptions.defaults());
            assertTrue(Files.size(out) > 0, f.toString());
        }
        assertTrue(Files.readString(dir.resolve("empty.svg")).contains("Microsoft Update"));
        assertEquals("id,name,version,site,clients,http_port,https_port,require_ssl,upstream,port,ssl,replica,"
                + "proxy_server,proxy_port,proxy_use_credentials,proxy_user,proxy_domain,proxy_basic_auth,languages,"
                + "sync_automatic,first_sync_utc,syncs_per_day,store_locally,only_when_approved,express_files,"
                + "files_from_microsoft_update,notes", Files.readString(dir.resolve("empty.csv")).trim());
    }

    @Test
    void unknownExtensionIsRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Exporter.export(new Topology(), null, dir.resolve("plan.txt"), ExportOptions.defaults()));
        assertTrue(e.getMessage().contains(".svg, .png") || e.getMessage().contains(".png, .svg"), e.getMessage());
        assertTrue(e.getMessage().contains("plan.txt"));
    }

    @Test
    void optionsDefaultsAndTitle() {
        ExportOptions o = ExportOptions.defaults();
        assertEquals(Theme.LIGHT, o.theme());
        assertEquals(2.0, o.scale());
        assertEquals("Plan", o.titleOr("Plan"));
        assertEquals("T", o.withTitle("T").titleOr("Plan"));
        assertEquals("WSUS topology", o.titleOr(""));
        assertThrows(IllegalArgumentException.class, () -> o.withScale(0));
    }
}
