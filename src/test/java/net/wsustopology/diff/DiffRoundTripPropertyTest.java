package net.wsustopology.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Observed;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.model.WsusVersion;
import org.junit.jupiter.api.Test;

/**
 * A plan becomes a collector-shaped copy (written and read back as a file) with random planted
 * changes: settings of every kind, servers removed and added, failed synchronizations. {@code diff}
 * must report exactly the planted changes.
 */
class DiffRoundTripPropertyTest {
    private static final int ROUNDS = 150;

    @Test
    void diffFindsExactlyThePlantedChanges() throws Exception {
        List<Topology> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("sample-topologies"))) {
            for (Path f : files.sorted().toList()) {
                Topology t = TopologyFiles.load(f);
                if (t.size() <= 200) samples.add(t);
            }
        }
        samples.add(DiffFixtures.planned());
        Random random = new Random(20270301);
        for (int round = 0; round < ROUNDS; round++) {
            Topology plan = samples.get(random.nextInt(samples.size()));
            Topology actual = CollectorShape.of(plan);
            Set<String> planted = new TreeSet<>();
            plant(plan, actual, random, planted);
            Topology read = TopologyFiles.parse(TopologyFiles.toJson(actual), "collected.wsus.json");
            Set<String> found = new TreeSet<>();
            for (Difference d : PlanDiff.compare(plan, read).differences()) found.add(key(d));
            assertEquals(planted, found, "round " + round + " on " + plan.getName());
        }
    }

    @Test
    void anUnchangedCollectorShapedCopyHasNoDifference() throws Exception {
        Topology plan = TopologyFiles.load(Path.of("sample-topologies/three-region-enterprise.wsus.json"));
        Topology actual = TopologyFiles.parse(TopologyFiles.toJson(CollectorShape.of(plan)), "c.wsus.json");
        assertTrue(PlanDiff.compare(plan, actual).isEmpty(), PlanDiff.compare(plan, actual).differences().toString());
    }

    private static String key(Difference d) {
        String server = d.planned() != null ? d.planned().id() : d.actual().getName();
        return server + " " + d.kind() + (d.setting() == null ? "" : " " + d.setting());
    }

    private static void plant(Topology plan, Topology actual, Random random, Set<String> planted) {
        List<Server> plannedServers = plan.servers();
        List<Server> copies = new ArrayList<>(actual.servers());
        Set<Server> removed = new HashSet<>();
        for (int i = 0; i < copies.size(); i++) {
            Server p = plannedServers.get(i);
            Server a = copies.get(i);
            int roll = random.nextInt(10);
            if (roll < 5) continue;
            if (roll == 5 && actual.downstreams(a).isEmpty() && actual.size() > 2) {
                actual.removeServer(a);
                removed.add(a);
                planted.add(p.id() + " ONLY_PLANNED");
                continue;
            }
            if (roll == 6) {
                a.setObserved(new Observed("2027-03-01T10:15:00Z", null, true, "2027-03-01T03:00:00Z", "Failed", null, null));
                planted.add(p.id() + " FAILED_SYNC");
            }
            int changes = 1 + random.nextInt(3);
            Set<String> groups = new HashSet<>();
            for (int c = 0; c < changes; c++) change(plan, actual, p, a, random, groups, planted);
        }
        if (random.nextBoolean()) {
            Server extra = new Server("wsus-extra");
            extra.setName("wsus-extra.unplanned.example");
            extra.setSyncFromUpstream(true);
            extra.setUpstreamId(actual.servers().get(0).id());
            actual.addServer(extra);
            planted.add(extra.getName() + " ONLY_ACTUAL");
        }
    }

    /** One random change of a setting group not yet changed on this server, recorded as diff must report it. */
    private static void change(Topology plan, Topology actual, Server p, Server a, Random random, Set<String> groups, Set<String> planted) {
        String id = p.id();
        switch (random.nextInt(5)) {
            case 0 -> {
                if (!groups.add("general")) return;
                if (random.nextBoolean()) {
                    WsusVersion other = WsusVersion.values()[(p.getWsusVersion().ordinal() + 1) % WsusVersion.values().length];
                    a.setWsusVersion(other);
                    planted.add(id + " CHANGED wsusVersion");
                } else {
                    a.setHttpPort(p.getHttpPort() + 1000);
                    a.setRequireSsl(!p.isRequireSsl());
                    planted.add(id + " CHANGED ports.http");
                    planted.add(id + " CHANGED ports.requireSsl");
                }
            }
            case 1 -> {
                // the update source; a replica switch also decides whether languages are compared
                if (!groups.add("source") || groups.contains("languages")) return;
                groups.add("languages");
                if (!p.isSyncFromUpstream()) {
                    a.setSyncFromUpstream(true);
                    a.setUpstreamId(otherServer(actual, a).id());
                    a.setSourcePort(8530);
                    planted.add(id + " CHANGED updateSource.from");
                    planted.add(id + " CHANGED updateSource.upstream");
                    if (p.isReplica()) planted.add(id + " CHANGED languages"); // unreachable by samples: roots are not replicas
                    return;
                }
                switch (random.nextInt(4)) {
                    case 0 -> {
                        a.setSourcePort(p.getSourcePort() + 7);
                        planted.add(id + " CHANGED updateSource.port");
                    }
                    case 1 -> {
                        a.setUseSsl(!p.isUseSsl());
                        planted.add(id + " CHANGED updateSource.useSsl");
                    }
                    case 2 -> {
                        a.setReplica(!p.isReplica());
                        planted.add(id + " CHANGED updateSource.replica");
                    }
                    default -> {
                        Server other = otherServer(actual, a);
                        if (other == null || HostNames.same(other.getName(), plan.upstreamOf(p) == null ? p.getUpstreamId()
                                : plan.upstreamOf(p).getName())) return;
                        a.setUpstreamId(other.id());
                        planted.add(id + " CHANGED updateSource.upstream");
                    }
                }
            }
            case 2 -> {
                if (!groups.add("proxy")) return;
                ProxySettings proxy = p.getProxy();
                if (!proxy.enabled() || random.nextBoolean()) {
                    a.setProxy(proxy.withEnabled(!proxy.enabled()));
                    planted.add(id + " CHANGED proxy.enabled");
                } else {
                    a.setProxy(proxy.withServer("other-" + proxy.server()).withPort(proxy.port() + 1));
                    planted.add(id + " CHANGED proxy.server");
                    planted.add(id + " CHANGED proxy.port");
                }
            }
            case 3 -> {
                if (!groups.add("sync")) return;
                SyncSchedule sync = p.getSync();
                if (!sync.automatic() || random.nextBoolean()) {
                    a.setSync(sync.withAutomatic(!sync.automatic()));
                    planted.add(id + " CHANGED sync.automatic");
                } else {
                    a.setSync(sync.withPerDay(sync.perDay() % 24 + 1).withFirstSyncUtc(sync.firstSyncUtc().equals("23:59") ? "00:01" : "23:59"));
                    planted.add(id + " CHANGED sync.perDay");
                    planted.add(id + " CHANGED sync.firstSyncUtc");
                }
            }
            default -> {
                if (!groups.add("languages") || (p.isSyncFromUpstream() && p.isReplica())) return;
                groups.add("source");
                LanguageSelection l = p.getLanguages();
                a.setLanguages(l.all() ? LanguageSelection.of(List.of("en")) : random.nextBoolean() ? LanguageSelection.ALL
                        : l.with("th", !l.includes("th")));
                planted.add(id + " CHANGED languages");
            }
        }
    }

    private static Server otherServer(Topology actual, Server a) {
        // a loop is fine: diff compares upstreams by name and orders servers without a tier last
        for (Server s : actual.servers()) if (s != a) return s;
        return null;
    }
}
