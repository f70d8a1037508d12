package net.wsustopology.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.model.WsusVersion;

/**
 * Writes the plans of sample-topologies/. Run once after a format change:
 * {@code java -cp target/classes:target/test-classes:<deps> net.wsustopology.io.SampleTopologies sample-topologies}.
 */
public final class SampleTopologies {
    private SampleTopologies() { }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-topologies");
        Files.createDirectories(dir);
        TopologyFiles.save(singleOffice(), dir.resolve("single-office.wsus.json"));
        TopologyFiles.save(threeRegionEnterprise(), dir.resolve("three-region-enterprise.wsus.json"));
        TopologyFiles.save(languageMismatch(), dir.resolve("lng01-language-mismatch.wsus.json"));
        TopologyFiles.save(overThousandDownstreams(), dir.resolve("fan01-over-1000-downstreams.wsus.json"));
        TopologyFiles.save(tooDeep(), dir.resolve("top04-too-deep.wsus.json"));
        TopologyFiles.save(mixedVersions(), dir.resolve("mixed-versions-clean.wsus.json"));
    }

    // ---- building blocks

    private static SyncSchedule daily(String hhmm) { return new SyncSchedule(true, hhmm, 1); }

    private static String time(int minuteOfDay) {
        int m = Math.floorMod(minuteOfDay, 1440);
        return String.format("%02d:%02d", m / 60, m % 60);
    }

    private static Server root(Topology t, String id, String name, String site, int clients, List<String> languages, SyncSchedule sync) {
        Server s = new Server(id);
        s.setName(name);
        s.setSite(site);
        s.setClients(clients);
        s.setLanguages(LanguageSelection.of(languages));
        s.setSync(sync);
        t.addServer(s);
        return s;
    }

    private static Server downstream(Topology t, String id, String name, String site, int clients, Server upstream,
                                     boolean ssl, boolean replica, List<String> languages, SyncSchedule sync) {
        return downstream(t, id, name, site, clients, WsusVersion.V10, upstream, ssl, replica, languages, sync);
    }

    private static Server downstream(Topology t, String id, String name, String site, int clients, WsusVersion version,
                                     Server upstream, boolean ssl, boolean replica, List<String> languages, SyncSchedule sync) {
        Server s = new Server(id);
        s.setName(name);
        s.setSite(site);
        s.setClients(clients);
        s.setWsusVersion(version);
        s.setHttpPort(version.defaultHttpPort());
        s.setHttpsPort(version.defaultHttpsPort());
        s.setSyncFromUpstream(true);
        s.setUpstreamId(upstream.id());
        s.setUseSsl(ssl);
        s.setSourcePort(upstream.listeningPort(ssl));
        s.setReplica(replica);
        // a replica inherits its upstream's languages; writing the same ones keeps the file honest
        s.setLanguages(replica ? upstream.getLanguages() : LanguageSelection.of(languages));
        s.setSync(sync);
        t.addServer(s);
        return s;
    }

    // ---- the samples

    static Topology singleOffice() {
        Topology t = new Topology();
        t.setName("Northwind Traders head office");
        t.setDescription("One WSUS server for the whole office, plus a replica in the warehouse building that shares its approvals.");
        Server main = root(t, "wsus01", "wsus01.northwind.local", "Leeds", 420, List.of("en"), daily("03:00"));
        main.setNotes("Approvals are done here every Tuesday after Patch Tuesday.");
        downstream(t, "wsus-warehouse", "wsus02.northwind.local", "Leeds warehouse", 85, main, false, true, List.of("en"), daily("04:00"));
        return t;
    }

    static Topology threeRegionEnterprise() {
        Topology t = new Topology();
        t.setName("Contoso global WSUS hierarchy");
        t.setDescription("Headquarters syncs from Microsoft Update; one regional hub per region; branch offices below the hubs. "
                + "EMEA requires SSL on its hub; APAC links to headquarters over SSL.");
        List<String> hqLanguages = List.of("en", "de", "fr", "es", "pt-br", "it", "nl", "pl", "sv", "ja", "zh-cn", "zh-tw", "ko");
        Server hq = root(t, "hq", "wsus-hq01.corp.contoso.com", "Seattle", 6400, hqLanguages, new SyncSchedule(true, "01:00", 2));
        hq.setProxy(new ProxySettings(true, "proxy.corp.contoso.com", 8080, true, "svc-wsus", "CONTOSO", false));
        hq.setNotes("Only server with Internet access, through the corporate proxy.");

        Server amer = downstream(t, "amer-hub", "wsus-amer01.na.corp.contoso.com", "Dallas", 3100, hq, false, false,
                List.of("en", "es", "pt-br", "fr"), daily("02:00"));
        Server emea = downstream(t, "emea-hub", "wsus-emea01.eu.corp.contoso.com", "Frankfurt", 4200, hq, false, false,
                List.of("en", "de", "fr", "es", "it", "nl", "pl", "sv"), daily("02:20"));
        emea.setRequireSsl(true);
        Server apac = downstream(t, "apac-hub", "wsus-apac01.ap.corp.contoso.com", "Singapore", 2800, hq, true, false,
                List.of("en", "ja", "zh-cn", "zh-tw", "ko"), daily("02:40"));

        branches(t, amer, "na", 180, new String[][] {
                {"nyc", "New York", "en"}, {"chi", "Chicago", "en"}, {"tor", "Toronto", "en,fr"}, {"mtl", "Montreal", "fr,en"},
                {"mex", "Mexico City", "es,en"}, {"gdl", "Guadalajara", "es"}, {"sao", "Sao Paulo", "pt-br,en"},
                {"rio", "Rio de Janeiro", "pt-br"}, {"bue", "Buenos Aires", "es,en"}, {"scl", "Santiago", "es"},
                {"bog", "Bogota", "es"}, {"lim", "Lima", "es"}, {"atl", "Atlanta", "en"}, {"den", "Denver", "en,es"}});
        branches(t, emea, "eu", 200, new String[][] {
                {"ber", "Berlin", "de,en"}, {"muc", "Munich", "de"}, {"par", "Paris", "fr,en"}, {"lyo", "Lyon", "fr"},
                {"mad", "Madrid", "es,en"}, {"bcn", "Barcelona", "es"}, {"mil", "Milan", "it,en"}, {"rom", "Rome", "it"},
                {"ams", "Amsterdam", "nl,en"}, {"rtm", "Rotterdam", "nl"}, {"waw", "Warsaw", "pl,en"}, {"krk", "Krakow", "pl"},
                {"sto", "Stockholm", "sv,en"}, {"got", "Gothenburg", "sv"}, {"lon", "London", "en"}, {"dub", "Dublin", "en"}});
        branches(t, apac, "ap", 220, new String[][] {
                {"tyo", "Tokyo", "ja,en"}, {"osa", "Osaka", "ja"}, {"sha", "Shanghai", "zh-cn,en"}, {"bjs", "Beijing", "zh-cn"},
                {"tpe", "Taipei", "zh-tw,en"}, {"khh", "Kaohsiung", "zh-tw"}, {"sel", "Seoul", "ko,en"}, {"pus", "Busan", "ko"},
                {"syd", "Sydney", "en"}, {"mel", "Melbourne", "en"}, {"bom", "Mumbai", "en"}, {"akl", "Auckland", "en"}});
        return t;
    }

    /**
     * Branch offices under a hub: every third one is a replica, the others run autonomously with a
     * subset of the hub's languages; syncs start an hour after the hub and 20 minutes apart.
     */
    private static void branches(Topology t, Server hub, String domain, int clientBase, String[][] offices) {
        int hubStart = hub.getSync().firstSyncMinute().getAsInt();
        for (int i = 0; i < offices.length; i++) {
            String code = offices[i][0];
            boolean replica = i % 3 == 2;
            WsusVersion version = i % 4 == 3 ? WsusVersion.V6_3 : WsusVersion.V10;
            downstream(t, domain + "-" + code, "wsus-" + code + "01." + domain + ".corp.contoso.com", offices[i][1],
                    clientBase + 37 * i, version, hub, hub.isRequireSsl(), replica, List.of(offices[i][2].split(",")),
                    daily(time(hubStart + 60 + 20 * i)));
        }
    }

    static Topology languageMismatch() {
        Topology t = new Topology();
        t.setName("Fabrikam Europe (LNG-01 example)");
        t.setDescription("The Paris server selects French, but its upstream downloads only English and German: "
                + "Paris would get no French updates. Shows rule LNG-01.");
        Server hq = root(t, "hq", "wsus-hq.fabrikam.com", "Vienna", 1500, List.of("en", "de"), daily("01:00"));
        downstream(t, "munich", "wsus-muc.fabrikam.com", "Munich", 600, hq, false, false, List.of("de"), daily("02:00"));
        downstream(t, "paris", "wsus-par.fabrikam.com", "Paris", 450, hq, false, false, List.of("en", "fr"), daily("02:30"));
        downstream(t, "graz", "wsus-grz.fabrikam.com", "Graz", 120, hq, false, true, List.of("en", "de"), daily("03:00"));
        return t;
    }

    static Topology overThousandDownstreams() {
        Topology t = new Topology();
        t.setName("Tailspin retail stores (FAN-01 example)");
        t.setDescription("1,001 store servers replicate from one root: more than the 1,000 downstream servers WSUS supports "
                + "on one upstream. Shows rule FAN-01; add regional servers to split the stores.");
        Server root = root(t, "root", "wsus-root.tailspin.com", "Denver", 900, List.of("en", "es"), daily("00:30"));
        for (int i = 1; i <= 1001; i++) {
            String n = String.format("%04d", i);
            Server store = downstream(t, "store-" + n, "wsus-store" + n + ".stores.tailspin.com", "Store " + n, 40 + i % 60,
                    root, false, true, List.of("en", "es"), SyncSchedule.MANUAL);
            store.setNotes("Synchronized manually after the root's approvals.");
        }
        return t;
    }

    static Topology tooDeep() {
        Topology t = new Topology();
        t.setName("Woodgrove chain (TOP-04 / TOP-05 example)");
        t.setDescription("Each site syncs from the previous one, six tiers deep. Tiers 4 and 5 go beyond the three tiers "
                + "WSUS recommends (TOP-04), tier 6 beyond the five this plan allows (TOP-05).");
        String[] sites = {"Zurich", "Basel", "Bern", "Lausanne", "Geneva", "Lugano"};
        Server previous = root(t, "tier1", "wsus-t1.woodgrove.ch", sites[0], 900, List.of("en", "de", "fr", "it"), daily("01:00"));
        for (int tier = 2; tier <= 6; tier++) {
            previous = downstream(t, "tier" + tier, "wsus-t" + tier + ".woodgrove.ch", sites[tier - 1], 300 - 40 * tier,
                    previous, false, tier % 2 == 1, List.of("en", "de", "fr", "it"), daily(time(60 * tier)));
        }
        return t;
    }

    static Topology mixedVersions() {
        Topology t = new Topology();
        t.setName("Litware mixed WSUS versions");
        t.setDescription("Older WSUS 3.0 SP2 and 6.x servers still run at some sites; each syncs from a server of the same or a "
                + "later version, and no 3.0 SP2 server talks to Microsoft Update.");
        Server root = root(t, "root", "wsus-root.litware.com", "Chicago", 2000, List.of("en", "es", "fr"), daily("01:00"));
        Server east = downstream(t, "east", "wsus-east.litware.com", "Boston", 700, WsusVersion.V6_3, root, false, false,
                List.of("en", "fr"), daily("02:00"));
        Server west = downstream(t, "west", "wsus-west.litware.com", "Portland", 650, WsusVersion.V6_2, root, true, false,
                List.of("en", "es"), daily("02:20"));
        downstream(t, "east-legacy", "wsus-legacy-bos.litware.com", "Boston lab", 60, WsusVersion.V3_SP2, east, false, false,
                List.of("en"), daily("03:00"));
        downstream(t, "east-plant", "wsus-plant.litware.com", "Worcester", 240, WsusVersion.V6_3, east, false, true,
                List.of("en", "fr"), daily("03:20"));
        downstream(t, "west-legacy", "wsus-legacy-pdx.litware.com", "Salem", 45, WsusVersion.V3_SP2, west, true, false,
                List.of("es"), daily("03:30"));
        downstream(t, "west-branch", "wsus-sea.litware.com", "Seattle", 310, WsusVersion.V6_2, west, true, true,
                List.of("en", "es"), daily("03:50"));
        return t;
    }
}
