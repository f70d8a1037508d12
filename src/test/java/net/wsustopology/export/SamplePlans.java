package net.wsustopology.export;

import java.util.ArrayList;
import java.util.List;
import net.wsustopology.layout.Plans;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;

/** Realistic plans and findings for export tests. */
public final class SamplePlans {
    private SamplePlans() { }

    /** About 40 servers: one HQ root, regional hubs (some over SSL), replica and autonomous branches, a second root. */
    public static Topology enterprise() {
        Topology t = new Topology();
        t.setName("Contoso 2027 rollout");
        t.setDescription("Three regions under the Seattle headquarters, branch offices as replicas.");
        Server hq = Plans.root(t, "hq");
        hq.setName("wsus01.corp.contoso.com");
        hq.setSite("Seattle");
        hq.setClients(1200);
        hq.setProxy(new ProxySettings(true, "proxy.corp.contoso.com", 8080, true, "svc-wsus", "CONTOSO", false));
        hq.setLanguages(LanguageSelection.of(List.of("en", "de", "fr", "ja")));
        hq.setSync(new SyncSchedule(true, "02:00", 1));
        String[][] regions = {{"ber", "Berlin"}, {"par", "Paris"}, {"tyo", "Tokyo"}};
        for (int r = 0; r < regions.length; r++) {
            Server hub = Plans.downstream(t, regions[r][0], "hq");
            hub.setName("wsus-" + regions[r][0] + ".corp.contoso.com");
            hub.setSite(regions[r][1]);
            hub.setUseSsl(r != 1);
            hub.setSourcePort(r != 1 ? 8531 : 8530);
            hub.setLanguages(LanguageSelection.of(List.of("en", r == 0 ? "de" : r == 1 ? "fr" : "ja")));
            hub.setSync(new SyncSchedule(true, "03:" + (10 * r) + "0".substring(0, r == 0 ? 1 : 0), 2));
            for (int b = 0; b < 10; b++) {
                Server branch = Plans.downstream(t, regions[r][0] + "-br" + b, regions[r][0]);
                branch.setName("wsus-" + regions[r][0] + "-br" + b + ".corp.contoso.com");
                branch.setSite(regions[r][1] + " branch " + (b + 1));
                branch.setReplica(b % 3 != 0);
                branch.setClients(40 + b);
            }
        }
        Server lab = Plans.root(t, "lab");
        lab.setName("wsus-lab.lab.contoso.com");
        lab.setSite("Redmond lab");
        lab.setLanguages(LanguageSelection.ALL);
        Server labChild = Plans.downstream(t, "lab-test", "lab");
        labChild.setName("wsus-labtest.lab.contoso.com");
        labChild.setSite("Redmond lab");
        return t;
    }

    public static List<Finding> findingsFor(Topology t) {
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding("LNG-01", Severity.ERROR, "tyo", List.of("hq"),
                "wsus-tyo selects Japanese but its upstream wsus01 does not download it; add ja to the upstream or remove it here."));
        findings.add(new Finding("SCH-02", Severity.WARNING, "ber-br1", List.of("ber-br2"),
                "Two downstreams of wsus-ber start a sync less than 15 minutes apart; spread their start times."));
        findings.add(new Finding("SCH-03", Severity.INFO, "par", List.of("hq"),
                "wsus-par starts a sync within 30 minutes after its upstream; it will likely get the previous state."));
        return findings;
    }

    /** A plan of {@code size} servers: one root, 100 regional hubs, branches under them. */
    public static Topology large(int size) {
        Topology t = Plans.regional(size, Math.min(100, Math.max(1, size / 20)));
        for (Server s : t.servers()) s.setSite("Site " + (s.id().hashCode() & 0xff));
        return t;
    }
}
