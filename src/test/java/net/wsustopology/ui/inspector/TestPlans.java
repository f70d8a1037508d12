package net.wsustopology.ui.inspector;

import java.util.List;
import javafx.scene.Scene;
import net.wsustopology.document.Document;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;

/** Small plans built in code for the panel tests and the preview. */
public final class TestPlans {
    private TestPlans() { }

    /**
     * wsus-hq (root, en+de) with two autonomous downstreams wsus-ber (en) and wsus-par (en+fr, so
     * one LNG-01 finding on wsus-par) and a replica wsus-ber-r1 of wsus-ber.
     */
    public static Document regional() {
        Topology t = new Topology();
        t.setName("Regional plan");
        Server hq = server("wsus-hq", "wsus-hq.corp.example", "Head office", List.of("en", "de"));
        hq.setClients(800);
        Server ber = downstream("wsus-ber", "wsus-ber.corp.example", "Berlin", hq, List.of("en"));
        ber.setClients(350);
        Server par = downstream("wsus-par", "wsus-par.corp.example", "Paris", hq, List.of("en", "fr"));
        par.setClients(420);
        Server replica = downstream("wsus-ber-r1", "wsus-ber-r1.corp.example", "Berlin", ber, List.of("en"));
        replica.setReplica(true);
        replica.setClients(120);
        String[] starts = {"01:00", "02:00", "02:30", "03:00"};
        List<Server> all = List.of(hq, ber, par, replica);
        for (int i = 0; i < all.size(); i++) all.get(i).setSync(new SyncSchedule(true, starts[i], 1));
        for (Server s : all) t.addServer(s);
        return new Document(t, null);
    }

    /** A plan that breaks no rule. */
    public static Document clean() {
        Topology t = new Topology();
        Server hq = server("wsus-hq", "wsus-hq.corp.example", "Head office", List.of("en"));
        hq.setSync(new SyncSchedule(true, "01:00", 1));
        t.addServer(hq);
        Server ber = downstream("wsus-ber", "wsus-ber.corp.example", "Berlin", hq, List.of("en"));
        ber.setSync(new SyncSchedule(true, "02:00", 1));
        t.addServer(ber);
        return new Document(t, null);
    }

    static Server server(String id, String name, String site, List<String> languages) {
        Server s = new Server(id);
        s.setName(name);
        s.setSite(site);
        s.setLanguages(LanguageSelection.of(languages));
        return s;
    }

    static Server downstream(String id, String name, String site, Server upstream, List<String> languages) {
        Server s = server(id, name, site, languages);
        s.setSyncFromUpstream(true);
        s.setUpstreamId(upstream.id());
        s.setSourcePort(upstream.getHttpPort());
        return s;
    }

    /** The application's stylesheets in the order the app loads them. */
    public static void style(Scene scene, boolean dark) {
        scene.getStylesheets().add(TestPlans.class.getResource("/styles/tokens.css").toExternalForm());
        if (dark) scene.getStylesheets().add(TestPlans.class.getResource("/styles/dark.css").toExternalForm());
        scene.getStylesheets().add(TestPlans.class.getResource("/styles/panels.css").toExternalForm());
    }
}
