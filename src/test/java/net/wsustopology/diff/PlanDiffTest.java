package net.wsustopology.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Observed;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.model.WsusVersion;
import org.junit.jupiter.api.Test;

class PlanDiffTest {
    @Test
    void theCollectedFixtureGivesEveryKindOfDifferenceGroupedByServerInRolloutOrder() {
        PlanDiff diff = PlanDiff.compare(DiffFixtures.planned(), DiffFixtures.collected());
        assertEquals(List.of(
                "wsus-ber.fabrikam.com (ber): sync.perDay: planned 1, actual 2",
                "wsus-par.fabrikam.com (par): its last synchronization failed (2027-03-01T03:31:02Z)",
                "wsus-osa.fabrikam.com (osa): not reachable when collected (Unable to connect to the remote server);"
                        + " only what its upstream knows was compared",
                "wsus-osa.fabrikam.com (osa): wsusVersion: planned 10.0, actual 6.3",
                "wsus-vie.fabrikam.com (vie): planned but not in the actual file (not deployed)",
                "wsus-ber-r2.fabrikam.com (ber-r2): updateSource.port: planned 8531, actual 8530",
                "wsus-ber-r2.fabrikam.com (ber-r2): updateSource.useSsl: planned true, actual false",
                "wsus-lab.fabrikam.com (wsus-lab): in the actual file but not planned (syncs from wsus-ber)"),
                diff.differences().stream().map(Difference::line).toList());
    }

    @Test
    void aPlanAgainstItselfHasNoDifference() throws Exception {
        Topology plan = DiffFixtures.planned();
        assertTrue(PlanDiff.compare(plan, copy(plan)).isEmpty());
        Topology collected = DiffFixtures.collected();
        assertEquals(List.of("wsus-par.fabrikam.com (wsus-par): its last synchronization failed (2027-03-01T03:31:02Z)",
                        "wsus-osa.fabrikam.com (wsus-osa): not reachable when collected (Unable to connect to the remote server);"
                                + " only what its upstream knows was compared"),
                PlanDiff.compare(collected, copy(collected)).differences().stream().map(Difference::line).toList());
    }

    @Test
    void upstreamsCompareByHostNameAcrossIds() throws Exception {
        Topology plan = DiffFixtures.planned();
        Topology actual = copy(plan);
        actual.server("par").setUpstreamId("ber");
        Difference d = only(PlanDiff.compare(plan, actual));
        assertEquals("updateSource.upstream", d.setting());
        assertEquals("wsus-hq.fabrikam.com", d.plannedValue());
        assertEquals("wsus-ber.fabrikam.com", d.actualValue());
    }

    @Test
    void aChangedUpdateSourceShowsTheUpstreamButNotTheInertPort() throws Exception {
        Topology plan = DiffFixtures.planned();
        Topology actual = copy(plan);
        actual.server("par").setSyncFromUpstream(false);
        assertEquals(List.of("updateSource.from: planned upstream, actual microsoft-update",
                        "updateSource.upstream: planned wsus-hq.fabrikam.com, actual (none)"),
                PlanDiff.compare(plan, actual).of(plan.server("par")).stream().map(Difference::describe).toList());
    }

    @Test
    void eachSettingKindIsReportedWithBothValues() throws Exception {
        Topology plan = DiffFixtures.planned();
        Topology actual = copy(plan);
        Server hq = actual.server("hq");
        hq.setWsusVersion(WsusVersion.V6_3);
        hq.setHttpPort(80);
        hq.setHttpsPort(443);
        hq.setRequireSsl(true);
        hq.setProxy(hq.getProxy().withServer("proxy2.fabrikam.com").withPort(3128).withUser("svc-2").withDomain("EU").withAllowBasicAuth(true));
        hq.setLanguages(LanguageSelection.of(List.of("en", "de")));
        hq.setSync(new SyncSchedule(true, "02:30", 4));
        Server ber = actual.server("ber");
        ber.setReplica(true);
        ber.setSourcePort(8531);
        ber.setUseSsl(true);
        assertEquals(List.of("wsusVersion: planned 10.0, actual 6.3", "ports.http: planned 8530, actual 80",
                        "ports.https: planned 8531, actual 443", "ports.requireSsl: planned false, actual true",
                        "proxy.server: planned proxy.fabrikam.com, actual proxy2.fabrikam.com", "proxy.port: planned 8080, actual 3128",
                        "proxy.user: planned svc-wsus, actual svc-2", "proxy.domain: planned FABRIKAM, actual EU",
                        "proxy.allowBasicAuth: planned false, actual true", "languages: planned all, actual de, en",
                        "sync.firstSyncUtc: planned 02:00, actual 02:30", "sync.perDay: planned 1, actual 4",
                        "updateSource.port: planned 8530, actual 8531", "updateSource.useSsl: planned false, actual true",
                        "updateSource.replica: planned false, actual true"),
                PlanDiff.compare(plan, actual).differences().stream().map(Difference::describe).toList());
    }

    @Test
    void everySettingARealServerHasIsDiffed() throws Exception {
        Topology plan = DiffFixtures.planned();
        plan.server("ber").setProxy(ProxySettings.NONE.withEnabled(true).withServer("proxy.fabrikam.com"));
        Topology actual = copy(plan);
        Server hq = actual.server("hq");
        hq.setWsusVersion(WsusVersion.V6_3);
        hq.setHttpPort(80);
        hq.setHttpsPort(443);
        hq.setRequireSsl(true);
        hq.setProxy(hq.getProxy().withServer("p2").withPort(3128).withUser("u2").withDomain("EU").withAllowBasicAuth(true));
        hq.setLanguages(LanguageSelection.ENGLISH);
        hq.setSync(new SyncSchedule(true, "02:30", 4));
        Server ber = actual.server("ber");
        ber.setReplica(true);
        ber.setSourcePort(8531);
        ber.setUseSsl(true);
        ber.setProxy(ber.getProxy().withUseCredentials(true));
        actual.server("par").setUpstreamId("ber");
        actual.server("par").setProxy(ProxySettings.NONE.withEnabled(true));
        actual.server("vie").setSyncFromUpstream(false);
        actual.server("osa").setSync(SyncSchedule.MANUAL);
        ServerSettings.ONLY_WHEN_APPROVED.set(hq, false);
        ServerSettings.EXPRESS_FILES.set(hq, true);
        ServerSettings.FILES_FROM_MICROSOFT_UPDATE.set(ber, true);
        ServerSettings.STORE_LOCALLY.set(actual.server("osa"), false);
        Set<String> reported = new TreeSet<>();
        for (Difference d : PlanDiff.compare(plan, actual).differences()) reported.add(d.setting());
        Set<String> deployed = new TreeSet<>();
        for (Setting setting : ServerSettings.settings()) if (setting.deployed()) deployed.add(setting.path());
        assertEquals(deployed, reported, "a setting of the description that diff does not compare (or this test does not change)");
    }

    @Test
    void languagesAllAgainstASubset() throws Exception {
        Topology plan = DiffFixtures.planned();
        Topology actual = copy(plan);
        actual.server("par").setLanguages(LanguageSelection.of(List.of("fr", "en")));
        Difference d = only(PlanDiff.compare(plan, actual));
        assertEquals("languages", d.setting());
        assertEquals("all", d.plannedValue());
        assertEquals(List.of("en", "fr"), d.actualValue());
    }

    @Test
    void aReplicasOwnLanguagesAreNotCompared() throws Exception {
        Topology plan = DiffFixtures.planned();
        Topology actual = copy(plan);
        actual.server("ber-r1").setLanguages(LanguageSelection.ALL);
        assertTrue(PlanDiff.compare(plan, actual).isEmpty());
    }

    @Test
    void settingsThatAreSwitchedOffOnBothSidesDoNotDiffer() throws Exception {
        Topology plan = DiffFixtures.planned();
        Topology actual = copy(plan);
        actual.server("par").setProxy(ProxySettings.NONE.withServer("old-proxy").withPort(3128));
        plan.server("vie").setSync(SyncSchedule.MANUAL);
        actual.server("vie").setSync(new SyncSchedule(false, "06:00", 3));
        assertTrue(PlanDiff.compare(plan, actual).isEmpty());
        actual.server("par").setProxy(ProxySettings.NONE.withEnabled(true).withServer("old-proxy"));
        assertEquals(List.of("proxy.enabled: planned false, actual true"),
                PlanDiff.compare(plan, actual).differences().stream().map(Difference::describe).toList());
    }

    @Test
    void namesAndCredentialsCompareIgnoringCase() throws Exception {
        Topology plan = DiffFixtures.planned();
        Topology actual = copy(plan);
        actual.server("hq").setProxy(actual.server("hq").getProxy().withDomain("fabrikam").withServer("PROXY.fabrikam.com"));
        assertTrue(PlanDiff.compare(plan, actual).isEmpty());
    }

    @Test
    void positionsNotesSiteAndClientsAreNoDifference() throws Exception {
        Topology plan = DiffFixtures.planned();
        Topology actual = copy(plan);
        Server hq = actual.server("hq");
        hq.setSite("elsewhere");
        hq.setClients(1);
        hq.setNotes("moved");
        hq.setPinned(true);
        assertTrue(PlanDiff.compare(plan, actual).isEmpty());
    }

    @Test
    void anUnreachableServerComparesOnlyWhatItsUpstreamKnows() throws Exception {
        Topology plan = DiffFixtures.planned();
        Topology actual = copy(plan);
        Server osa = actual.server("osa");
        osa.setObserved(new Observed("2027-03-01T10:15:00Z", null, false, null, null, "timeout", null));
        osa.setSync(SyncSchedule.MANUAL);
        osa.setLanguages(LanguageSelection.ALL);
        osa.setReplica(true);
        assertEquals(List.of("not reachable when collected (timeout); only what its upstream knows was compared",
                        "updateSource.replica: planned false, actual true"),
                PlanDiff.compare(plan, actual).of(plan.server("osa")).stream().map(Difference::describe).toList());
    }

    @Test
    void onlyPlannedAndOnlyActual() throws Exception {
        Topology plan = DiffFixtures.planned();
        Topology actual = copy(plan);
        actual.server("vie").setName("wsus-vie2.fabrikam.com");
        actual.removeServer(actual.server("vie"));
        PlanDiff diff = PlanDiff.compare(plan, actual);
        assertEquals(List.of(Difference.Kind.ONLY_PLANNED), diff.of(plan.server("vie")).stream().map(Difference::kind).toList());
    }

    private static Difference only(PlanDiff diff) {
        assertEquals(1, diff.differences().size(), diff.differences().toString());
        return diff.differences().get(0);
    }

    static Topology copy(Topology t) throws Exception {
        return TopologyFiles.parse(TopologyFiles.toJson(t), "copy.wsus.json");
    }

    @Test
    void aChainFiftyThousandDeepIsComparedInRolloutOrderWithoutWalkingItPerServer() {
        Topology planned = PlanGenerator.chain(50_000);
        Topology actual = PlanGenerator.chain(50_000);
        actual.server("s49999").setUseSsl(true);
        actual.server("s7").setUseSsl(true);
        PlanDiff diff = PlanDiff.compare(planned, actual);
        assertEquals(List.of("s7 updateSource.port", "s7 updateSource.useSsl", "s49999 updateSource.port", "s49999 updateSource.useSsl"),
                diff.differences().stream().map(d -> d.planned().id() + " " + d.setting()).toList());
    }
}
