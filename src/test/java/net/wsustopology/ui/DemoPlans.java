package net.wsustopology.ui;

import java.util.ArrayList;
import java.util.List;
import net.wsustopology.document.Document;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** Plans for the UI tests and for looking at the window (see {@link DemoEditor}). */
public final class DemoPlans {
    private DemoPlans() { }

    /** Two roots, regional downstreams, replicas, one SSL link and one language error. */
    public static Topology regions() {
        Topology t = new Topology();
        t.setName("Contoso 2027 rollout");
        Server hq = root(t, "hq", "wsus01.corp.contoso.com", "Seattle");
        hq.setLanguages(LanguageSelection.of(List.of("en", "de", "fr")));
        Server ber = down(t, "berlin", "wsus-ber.corp.contoso.com", "Berlin", hq, false);
        ber.setLanguages(LanguageSelection.of(List.of("en", "de")));
        down(t, "munich", "wsus-muc.corp.contoso.com", "Munich", ber, true);
        down(t, "hamburg", "wsus-ham.corp.contoso.com", "Hamburg", ber, true);
        Server par = down(t, "paris", "wsus-par.corp.contoso.com", "Paris", hq, false);
        par.setLanguages(LanguageSelection.of(List.of("en", "fr", "ja")));
        Server tok = down(t, "tokyo", "wsus-tyo.corp.contoso.com", "Tokyo", hq, false);
        tok.setHttpsPort(8531);
        tok.setUseSsl(true);
        tok.setSourcePort(8531);
        down(t, "osaka", "wsus-osa.corp.contoso.com", "Osaka", tok, true);
        root(t, "lab", "wsus-lab.test.contoso.com", "Redmond lab");
        return t;
    }

    /** A root with {@code n} direct downstreams. */
    public static Topology fanOut(int n) {
        Topology t = new Topology();
        Server hq = root(t, "hq", "wsus01.corp.contoso.com", "Seattle");
        for (int i = 1; i <= n; i++) down(t, "d" + i, "wsus-d" + i + ".corp.contoso.com", "Branch " + i, hq, i % 2 == 0);
        return t;
    }

    /** About {@code n} servers: 5 roots, 20 regional servers under each, branches under those. */
    public static Topology large(int n) {
        Topology t = new Topology();
        t.setName("Large plan");
        List<Server> regional = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            Server root = root(t, "root" + r, "wsus-root" + r + ".corp.example.com", "Region " + r);
            for (int i = 0; i < 20; i++) {
                regional.add(down(t, "reg" + r + "-" + i, "wsus-reg" + r + "-" + i + ".corp.example.com", "Region " + r + " hub " + i, root, false));
            }
        }
        for (int i = 0; t.size() < n; i++) {
            Server up = regional.get(i % regional.size());
            down(t, "br" + i, "wsus-br" + i + ".corp.example.com", "Branch " + i, up, i % 3 == 0);
        }
        return t;
    }

    public static Document document(Topology t) { return new Document(t, null); }

    static Server root(Topology t, String id, String name, String site) {
        Server s = new Server(id);
        s.setName(name);
        s.setSite(site);
        t.addServer(s);
        return s;
    }

    static Server down(Topology t, String id, String name, String site, Server up, boolean replica) {
        Server s = new Server(id);
        s.setName(name);
        s.setSite(site);
        s.setSyncFromUpstream(true);
        s.setUpstreamId(up.id());
        s.setSourcePort(up.getHttpPort());
        s.setReplica(replica);
        t.addServer(s);
        return s;
    }
}
