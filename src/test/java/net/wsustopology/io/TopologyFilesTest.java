package net.wsustopology.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Position;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.model.WsusVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyFilesTest {
    static final String SPEC_EXAMPLE = """
            {
              "format": "wsus-topology",
              "formatVersion": 1,
              "name": "Contoso 2027 rollout",
              "description": "free text",
              "limits": { "maxDownstreamServers": 1000, "recommendedMaxTiers": 3, "maxTiers": 5 },
              "servers": [
                {
                  "id": "hq",
                  "name": "wsus01.corp.contoso.com",
                  "wsusVersion": "10.0",
                  "site": "Seattle",
                  "clients": 1200,
                  "ports": { "http": 8530, "https": 8531, "requireSsl": false },
                  "updateSource": { "from": "microsoft-update" },
                  "proxy": { "enabled": true, "server": "proxy.corp.contoso.com", "port": 8080,
                             "useCredentials": true, "user": "svc-wsus", "domain": "CONTOSO",
                             "allowBasicAuth": false, "password": "secret" },
                  "languages": { "all": false, "codes": ["en", "de", "fr"] },
                  "sync": { "automatic": true, "firstSyncUtc": "02:00", "perDay": 1 },
                  "notes": "",
                  "position": { "x": 640, "y": 80 }
                },
                {
                  "id": "berlin",
                  "name": "wsus-ber.corp.contoso.com",
                  "wsusVersion": "10.0",
                  "updateSource": { "from": "upstream", "upstream": "hq", "port": 8531,
                                    "useSsl": true, "replica": true },
                  "languages": { "all": false, "codes": ["en", "de"] }
                }
              ]
            }
            """;

    @Test
    void readsTheSpecExample() throws Exception {
        Topology t = TopologyFiles.parse(SPEC_EXAMPLE, "plan.wsus.json");
        assertEquals("Contoso 2027 rollout", t.getName());
        assertEquals(Limits.DEFAULT, t.getLimits());
        Server hq = t.server("hq");
        assertEquals(1200, hq.getClients());
        assertEquals(new ProxySettings(true, "proxy.corp.contoso.com", 8080, true, "svc-wsus", "CONTOSO", false), hq.getProxy());
        assertEquals(new SyncSchedule(true, "02:00", 1), hq.getSync());
        assertEquals(new Position(640, 80), hq.getPosition());
        assertFalse(hq.isPinned());
        assertTrue(hq.unknownMembers().isEmpty(), "the proxy password is dropped, not kept as unknown");
        Server berlin = t.server("berlin");
        assertEquals(hq, t.upstreamOf(berlin));
        assertEquals(8531, berlin.getSourcePort());
        assertTrue(berlin.isUseSsl() && berlin.isReplica());
        assertEquals(LanguageSelection.of(List.of("en", "de")), berlin.getLanguages());
    }

    @Test
    void absentMembersTakeTheSpecDefaults() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": "wsus-topology", "formatVersion": 1, "servers": [
                  {"id": "old", "wsusVersion": "3.0-SP2", "ports": {"requireSsl": true}},
                  {"id": "a", "updateSource": {"from": "upstream", "upstream": "old", "useSsl": true}},
                  {"id": "b", "updateSource": {"from": "upstream", "upstream": "old"}},
                  {"id": "c", "updateSource": {"from": "upstream", "upstream": "nowhere"}},
                  {"id": "d", "proxy": {"enabled": true}}
                ]}""", "defaults.wsus.json");
        Server old = t.server("old");
        assertEquals(80, old.getHttpPort());
        assertEquals(443, old.getHttpsPort());
        assertTrue(old.isRequireSsl());
        assertFalse(old.isSyncFromUpstream());
        assertEquals(LanguageSelection.ENGLISH, old.getLanguages());
        assertEquals(SyncSchedule.MANUAL, old.getSync());
        assertEquals(ProxySettings.NONE, old.getProxy());
        assertNull(old.getPosition());
        assertEquals("", old.getName());
        assertEquals(0, old.getClients());
        Server a = t.server("a");
        assertEquals(WsusVersion.V10, a.getWsusVersion());
        assertEquals(8530, a.getHttpPort());
        assertEquals(443, a.getSourcePort(), "SSL: the upstream's https port");
        assertEquals(80, t.server("b").getSourcePort(), "no SSL: the upstream's http port");
        assertFalse(t.server("b").isReplica());
        assertNull(t.server("c").getSourcePort(), "unknown upstream: no port to copy");
        assertEquals(80, t.server("d").getProxy().port());
        assertEquals(Limits.DEFAULT, t.getLimits());
    }

    @Test
    void valuesThatBreakRulesStillLoad() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": "wsus-topology", "formatVersion": 1, "servers": [
                  {"id": "a", "name": "", "ports": {"http": 70000, "https": -1},
                   "updateSource": {"from": "upstream", "upstream": "b", "port": 0}},
                  {"id": "b", "updateSource": {"from": "upstream", "upstream": "a"},
                   "sync": {"automatic": true, "firstSyncUtc": "25:99", "perDay": 99},
                   "languages": {"all": false, "codes": ["xx", "EN"]}},
                  {"id": "c", "updateSource": {"from": "upstream", "upstream": "ghost"}}
                ]}""", "broken-but-loadable.wsus.json");
        assertEquals(70000, t.server("a").getHttpPort());
        assertEquals("25:99", t.server("b").getSync().firstSyncUtc());
        assertEquals(List.of("xx", "en"), t.server("b").getLanguages().codes());
        assertTrue(t.isInLoop(t.server("a")));
        assertNull(t.upstreamOf(t.server("c")));
    }

    @Test
    void unknownMembersTravelThroughASave() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": "wsus-topology", "formatVersion": 1, "future": {"a": [1, 2.5, null]},
                 "limits": {"maxTiers": 4, "maxCost": 7},
                 "servers": [
                  {"id": "a", "owner": "team-x", "limits.note": 1, "proxy": {"enabled": false, "bypass": ["*.local"]},
                   "ports": {"http": 8530, "grpc": 9000}, "updateSource": {"from": "microsoft-update", "mode": "fast"},
                   "languages": {"all": false, "codes": ["en"], "preview": true}, "sync": {"window": "night"},
                   "position": {"x": 10.5, "y": 20, "pinned": true, "z": 1}}
                ]}""", "future.wsus.json");
        Server a = t.server("a");
        assertEquals("\"team-x\"", a.unknownMembers().get("owner"));
        assertEquals("[\"*.local\"]", a.unknownMembers().get("proxy.bypass"));
        assertEquals("9000", a.unknownMembers().get("ports.grpc"));
        assertEquals("1", a.unknownMembers().get("limits.note"), "a dotted name of a server is its own member");
        assertEquals("\"fast\"", a.unknownMembers().get("updateSource.mode"));
        assertEquals("true", a.unknownMembers().get("languages.preview"));
        assertEquals("\"night\"", a.unknownMembers().get("sync.window"));
        assertEquals("1", a.unknownMembers().get("position.z"));
        assertEquals("{\"a\":[1,2.5,null]}", t.unknownMembers().get("future"));
        assertEquals("7", t.unknownMembers().get("limits.maxCost"));
        assertEquals(new Limits(1000, 3, 4), t.getLimits());
        assertTrue(a.isPinned());

        String saved = TopologyFiles.toJson(t);
        Topology again = TopologyFiles.parse(saved, "again.wsus.json");
        assertTrue(t.sameAs(again));
        assertEquals(saved, TopologyFiles.toJson(again));
        assertTrue(saved.contains("\"grpc\": 9000"), saved);
        assertTrue(saved.indexOf("\"requireSsl\"") < saved.indexOf("\"grpc\""), "unknown after known members");
        assertTrue(saved.indexOf("\"servers\"") < saved.indexOf("\"future\""));
    }

    @Test
    void savedTextIsStableAndExplicit() throws Exception {
        Topology t = TopologyFiles.parse(SPEC_EXAMPLE, "plan.wsus.json");
        String saved = TopologyFiles.toJson(t);
        assertFalse(saved.contains("\r"));
        assertFalse(saved.contains("secret"), "no proxy password is ever written");
        assertTrue(saved.endsWith("}\n"));
        assertTrue(saved.startsWith("{\n  \"format\": \"wsus-topology\",\n  \"formatVersion\": 1,\n"), saved);
        assertTrue(saved.contains("\n      \"position\": {\"x\": 640, \"y\": 80}\n    }"), saved);
        assertTrue(saved.contains("\n  \"limits\": {\"maxDownstreamServers\": 1000, \"recommendedMaxTiers\": 3, \"maxTiers\": 5},\n"), saved);
        assertTrue(saved.contains("\n      \"languages\": {\"all\": false, \"codes\": [\"en\", \"de\", \"fr\"]},\n"), saved);
        // berlin had no ports, proxy or sync: they are written with their defaults
        String berlin = saved.substring(saved.indexOf("\"id\": \"berlin\""));
        for (String member : List.of("\"ports\"", "\"proxy\"", "\"sync\"", "\"clients\": 0", "\"site\": \"\"")) {
            assertTrue(berlin.contains(member), member);
        }
        assertTrue(berlin.indexOf("\"id\"") < berlin.indexOf("\"name\"") && berlin.indexOf("\"ports\"") < berlin.indexOf("\"updateSource\""));
        assertTrue(t.sameAs(TopologyFiles.parse(saved, "x")));
    }

    @Test
    void readsAndWritesFilesAsUtf8WithOrWithoutBom(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.wsus.json");
        Topology t = TopologyFiles.parse(SPEC_EXAMPLE, "plan.wsus.json");
        t.server("hq").setSite("Zürich 東京");
        TopologyFiles.save(t, plain);
        byte[] bytes = Files.readAllBytes(plain);
        assertEquals(TopologyFiles.toJson(t), new String(bytes, StandardCharsets.UTF_8));
        Path withBom = dir.resolve("bom.wsus.json");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] joined = new byte[bytes.length + 3];
        System.arraycopy(bom, 0, joined, 0, 3);
        System.arraycopy(bytes, 0, joined, 3, bytes.length);
        Files.write(withBom, joined);
        assertTrue(t.sameAs(TopologyFiles.load(withBom)));
        assertTrue(t.sameAs(TopologyFiles.load(plain)));
        try (var listing = Files.list(dir)) {
            assertEquals(2, listing.count(), "no temp file is left behind");
        }
    }
}
