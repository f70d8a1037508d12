package net.wsustopology.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    /** A made-up version 0 that called the list "hosts" and the update source "parent". */
    static final class FakeV0 implements Migration {
        @Override public int fromVersion() { return 0; }

        @Override public JsonObject migrate(JsonObject document) {
            JsonArray hosts = document.remove("hosts").getAsJsonArray();
            for (JsonElement host : hosts) {
                JsonObject server = host.getAsJsonObject();
                JsonElement parent = server.remove("parent");
                if (parent != null) {
                    JsonObject source = new JsonObject();
                    source.addProperty("from", "upstream");
                    source.add("upstream", parent);
                    server.add("updateSource", source);
                }
            }
            document.add("servers", hosts);
            return document;
        }
    }

    private static final String V0 = """
            {"format": "wsus-topology", "formatVersion": 0,
             "hosts": [{"id": "hq", "ports": {"http": 80, "https": 443}}, {"id": "branch", "parent": "hq"}]}""";

    @Test
    void anOlderVersionIsMigratedOnLoad() throws Exception {
        Topology t = TopologyFiles.read(V0, "old.wsus.json", new Migrations(List.of(new FakeV0())));
        assertEquals(2, t.size());
        assertEquals("hq", t.server("branch").getUpstreamId());
        assertEquals(80, t.server("branch").getSourcePort(), "defaults apply after the migration");
        assertTrue(TopologyFiles.toJson(t).contains("\"formatVersion\": " + Migrations.CURRENT_VERSION));
    }

    @Test
    void aVersionWithNoMigrationPathIsRefused() {
        FormatException e = assertThrows(FormatException.class, () -> TopologyFiles.parse(V0, "old.wsus.json"));
        assertTrue(e.getMessage().contains("format version 0 is older than any this tool can convert"), e.getMessage());
    }

    @Test
    void errorsInMigratedPlansNameTheJsonPath() {
        String broken = V0.replace("\"id\": \"branch\"", "\"id\": \"branch\", \"clients\": \"lots\"");
        FormatException e = assertThrows(FormatException.class,
                () -> TopologyFiles.read(broken, "old.wsus.json", new Migrations(List.of(new FakeV0()))));
        assertTrue(e.getMessage().contains("$.servers[1].clients"), e.getMessage());
        assertTrue(e.getMessage().startsWith("old.wsus.json (after converting from format version 0)"), e.getMessage());
    }

    @Test
    void aMigrationThatMeetsAnUnexpectedShapeIsAFormatError() {
        String noHosts = "{\"format\": \"wsus-topology\", \"formatVersion\": 0, \"servers\": []}";
        FormatException e = assertThrows(FormatException.class,
                () -> TopologyFiles.read(noHosts, "odd.wsus.json", new Migrations(List.of(new FakeV0()))));
        assertTrue(e.getMessage().startsWith("odd.wsus.json: $: cannot convert this plan from format version 0"), e.getMessage());
    }

    @Test
    void theCurrentVersionNeedsNoMigration() {
        assertTrue(Migrations.BUILT_IN.canMigrate(Migrations.CURRENT_VERSION));
        assertEquals(false, Migrations.BUILT_IN.canMigrate(0));
    }
}
