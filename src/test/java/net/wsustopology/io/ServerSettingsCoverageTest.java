package net.wsustopology.io;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.wsustopology.io.csv.CsvExport;
import net.wsustopology.io.csv.CsvImport;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Position;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerProperty;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.model.TopologyListener;
import net.wsustopology.model.WsusVersion;
import org.junit.jupiter.api.Test;

/**
 * Walks the description of a server's settings ({@link ServerSettings}): for every property a
 * value that changes each of its file settings must survive copy, count for equality, and
 * round-trip through the writer and reader and through CSV; the settings {@code diff} compares
 * are exactly SPEC's list. A new setting fails here until every one of them carries it.
 */
class ServerSettingsCoverageTest {
    /** The file settings SPEC section 2 names for {@code diff}. */
    private static final Set<String> SPEC_DIFF_SETTINGS = Set.of("updateSource.from", "updateSource.upstream",
            "updateSource.port", "updateSource.useSsl", "updateSource.replica", "languages", "proxy.enabled", "proxy.server",
            "proxy.port", "proxy.useCredentials", "proxy.user", "proxy.domain", "proxy.allowBasicAuth", "sync.automatic",
            "sync.firstSyncUtc", "sync.perDay", "wsusVersion", "ports.http", "ports.https", "ports.requireSsl",
            "updateFiles.storeLocally", "updateFiles.onlyWhenApproved", "updateFiles.expressFiles", "updateFiles.fromMicrosoftUpdate");
    /** A spreadsheet row has no place on the canvas. */
    private static final Set<String> NOT_IN_CSV = Set.of("position", "position.pinned");

    /** For each property, a change of the server "s" (which syncs from "hq") that alters every one of its settings. */
    private static final Map<String, Consumer<Server>> CHANGES = new LinkedHashMap<>();

    static {
        CHANGES.put(Server.NAME, s -> s.setName("renamed.corp.example.com"));
        CHANGES.put(Server.VERSION, s -> s.setWsusVersion(WsusVersion.V6_3));
        CHANGES.put(Server.SITE, s -> s.setSite("Lyon"));
        CHANGES.put(Server.CLIENTS, s -> s.setClients(420));
        CHANGES.put(Server.HTTP_PORT, s -> s.setHttpPort(8080));
        CHANGES.put(Server.HTTPS_PORT, s -> s.setHttpsPort(8443));
        CHANGES.put(Server.REQUIRE_SSL, s -> s.setRequireSsl(true));
        CHANGES.put(Server.SYNC_FROM_UPSTREAM, s -> s.setSyncFromUpstream(false));
        CHANGES.put(Server.UPSTREAM_ID, s -> s.setUpstreamId("hq2"));
        CHANGES.put(Server.SOURCE_PORT, s -> s.setSourcePort(9999));
        CHANGES.put(Server.USE_SSL, s -> s.setUseSsl(true));
        CHANGES.put(Server.REPLICA, s -> s.setReplica(true));
        CHANGES.put(Server.PROXY, s -> s.setProxy(new ProxySettings(true, "proxy.corp.example.com", 3128, true, "svc", "CORP", true)));
        CHANGES.put(Server.LANGUAGES, s -> s.setLanguages(LanguageSelection.of(List.of("de", "fr"))));
        CHANGES.put(Server.SYNC, s -> s.setSync(new SyncSchedule(true, "03:30", 4)));
        CHANGES.put(ServerSettings.STORE_LOCALLY.name(), s -> ServerSettings.STORE_LOCALLY.set(s, false));
        CHANGES.put(ServerSettings.ONLY_WHEN_APPROVED.name(), s -> ServerSettings.ONLY_WHEN_APPROVED.set(s, false));
        CHANGES.put(ServerSettings.EXPRESS_FILES.name(), s -> ServerSettings.EXPRESS_FILES.set(s, true));
        CHANGES.put(ServerSettings.FILES_FROM_MICROSOFT_UPDATE.name(), s -> ServerSettings.FILES_FROM_MICROSOFT_UPDATE.set(s, true));
        CHANGES.put(Server.NOTES, s -> s.setNotes("rack 7"));
        CHANGES.put(Server.POSITION, s -> s.setPosition(new Position(310, 420)));
        CHANGES.put(Server.PINNED, s -> s.setPinned(true));
    }

    private static Topology plan() {
        Topology t = new Topology();
        for (String id : List.of("hq", "hq2")) {
            Server root = new Server(id);
            root.setName(id + ".corp.example.com");
            t.addServer(root);
        }
        Server s = new Server("s");
        s.setName("s.corp.example.com");
        s.setSyncFromUpstream(true);
        s.setUpstreamId("hq");
        s.setSourcePort(8530);
        s.setPosition(new Position(10, 20));
        t.addServer(s);
        return t;
    }

    @Test
    void everyPropertyHasAChangeHereAndEveryDescribedNameIsAServerProperty() {
        assertEquals(CHANGES.keySet(), Set.copyOf(ServerSettings.ALL.stream().map(ServerProperty::name).toList()));
        for (ServerProperty<?> p : ServerSettings.ALL) assertSame(p, ServerSettings.named(p.name()));
    }

    @Test
    void everyPropertysSetterTellsThePlanUnderThePropertysNameOnce() {
        for (ServerProperty<?> property : ServerSettings.ALL) {
            Topology plan = plan();
            List<String> heard = new ArrayList<>();
            plan.addListener(new TopologyListener() {
                @Override public void serverChanged(Server server, String name, Object oldValue, Object newValue) { heard.add(name); }
            });
            CHANGES.get(property.name()).accept(plan.server("s"));
            CHANGES.get(property.name()).accept(plan.server("s"));
            assertEquals(List.of(property.name()), heard, property + ": heard once, under its own name");
        }
    }

    @Test
    void theSettingsDiffComparesAreExactlySpecsList() {
        Set<String> deployed = Set.copyOf(ServerSettings.settings().stream().filter(Setting::deployed).map(Setting::path).toList());
        assertEquals(SPEC_DIFF_SETTINGS, deployed);
    }

    @Test
    void everySettingSurvivesCopyCountsForEqualityAndRoundTripsThroughTheFileAndCsv() throws Exception {
        for (ServerProperty<?> property : ServerSettings.ALL) {
            Topology base = plan();
            Topology changed = plan();
            Server s = changed.server("s");
            CHANGES.get(property.name()).accept(s);
            for (Setting setting : property.settings()) {
                assertNotEquals(setting.valueOf(base, base.server("s")), setting.valueOf(changed, s),
                        setting + ": the test's change must alter it");
            }
            assertFalse(s.sameAs(base.server("s")), property + ": equality must see it");

            Server copy = s.copyWithId("s");
            assertTrue(copy.sameAs(s), property + ": copy must carry it");

            Topology reread = TopologyFiles.parse(TopologyFiles.toJson(changed), "coverage.wsus.json");
            assertAllSettingsEqual(changed, reread, Set.of(), property + " through the file");

            StringBuilder csv = new StringBuilder();
            CsvExport.write(changed, csv);
            Topology imported = CsvImport.read(new StringReader(csv.toString()));
            assertAllSettingsEqual(changed, imported, NOT_IN_CSV, property + " through CSV");
        }
    }

    private static void assertAllSettingsEqual(Topology expected, Topology actual, Set<String> skipped, String what) {
        Server e = expected.server("s");
        Server a = actual.server("s");
        assertNotNull(a, what);
        for (Setting setting : ServerSettings.settings()) {
            if (skipped.contains(setting.path())) continue;
            assertEquals(setting.valueOf(expected, e), setting.valueOf(actual, a), what + ": " + setting);
        }
    }
}
