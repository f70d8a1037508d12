package net.wsustopology.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Limits;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.model.WsusVersion;

/**
 * Random plans and random edits for property tests. Values are drawn from small pools so that
 * duplicates, loops, dangling upstreams, clashing schedules and limits near the edge are common.
 */
public final class RandomPlans {
    private static final String[] NAMES = {"wsus01.corp", "WSUS01.corp", "wsus02", "hq.contoso.com", "", "bad name",
            "-x.corp", "ber.corp", "par.corp", "a"};
    private static final String[][] LANGUAGE_SETS = {{"en"}, {"en", "de"}, {"de"}, {"fr", "en"}, {}, {"xx"},
            {"en", "ja-nec"}};
    private static final int[] PORTS = {80, 443, 8530, 8531, 8080, 8081, 0, 70000};
    private static final String[] TIMES = {"00:00", "00:10", "02:00", "02:05", "02:20", "23:55", "12:00", "25:00"};

    private final Random random;
    private int nextId;

    public RandomPlans(long seed) { this.random = new Random(seed); }

    public Random random() { return random; }

    public Topology plan(int servers) {
        Topology t = new Topology();
        t.setLimits(randomLimits());
        for (int i = 0; i < servers; i++) t.addServer(randomServer(t));
        return t;
    }

    public Server randomServer(Topology t) {
        Server s = new Server(random.nextInt(10) == 0 && !t.servers().isEmpty() ? freeDanglingId(t) : "s" + nextId++);
        s.setName(pick(NAMES) + (random.nextInt(3) == 0 ? "" : "." + random.nextInt(8)));
        s.setWsusVersion(pick(WsusVersion.values()));
        int clients = random.nextInt(8);
        s.setClients(clients == 0 ? 150_000 : clients == 1 && random.nextInt(6) == 0 ? -5 : random.nextInt(5000));
        s.setHttpPort(pick(PORTS));
        s.setHttpsPort(random.nextBoolean() ? s.getHttpPort() + 1 : pick(PORTS));
        s.setRequireSsl(random.nextInt(4) == 0);
        s.setSyncFromUpstream(random.nextInt(5) > 0);
        s.setUpstreamId(randomUpstreamId(t));
        s.setSourcePort(random.nextInt(6) == 0 ? null : pick(PORTS));
        s.setUseSsl(random.nextBoolean());
        s.setReplica(random.nextInt(3) == 0);
        s.setProxy(randomProxy());
        s.setLanguages(randomLanguages());
        s.setSync(randomSync());
        return s;
    }

    /** Applies one random edit and says what it did (for failure messages). */
    public String edit(Topology t) {
        if (t.servers().isEmpty()) {
            t.addServer(randomServer(t));
            return "add to empty plan";
        }
        Server s = t.servers().get(random.nextInt(t.size()));
        int kind = random.nextInt(19);
        String what = s.id() + ": ";
        switch (kind) {
            case 0 -> s.setName(pick(NAMES));
            case 1 -> s.setWsusVersion(pick(WsusVersion.values()));
            case 2 -> s.setClients(random.nextBoolean() ? 100_001 : 10);
            case 3 -> s.setHttpPort(pick(PORTS));
            case 4 -> s.setHttpsPort(pick(PORTS));
            case 5 -> s.setRequireSsl(!s.isRequireSsl());
            case 6 -> s.setSyncFromUpstream(!s.isSyncFromUpstream());
            case 7, 8 -> s.setUpstreamId(randomUpstreamId(t));
            case 9 -> s.setSourcePort(random.nextInt(4) == 0 ? null : pick(PORTS));
            case 10 -> s.setUseSsl(!s.isUseSsl());
            case 11 -> s.setReplica(!s.isReplica());
            case 12 -> s.setProxy(randomProxy());
            case 13 -> s.setLanguages(randomLanguages());
            case 14 -> s.setSync(randomSync());
            case 15 -> {
                Server added = randomServer(t);
                t.addServer(random.nextInt(t.size() + 1), added);
                return "add " + added.id() + " -> " + added.effectiveUpstreamId();
            }
            case 16 -> {
                t.removeServer(s);
                return "remove " + s.id();
            }
            case 17 -> {
                t.setLimits(randomLimits());
                return "limits " + t.getLimits();
            }
            default -> {
                s.setUpstreamId(randomUpstreamId(t));
                s.setSyncFromUpstream(true);
                return what + "reparent to " + s.getUpstreamId();
            }
        }
        return what + "edit " + kind;
    }

    private String randomUpstreamId(Topology t) {
        int r = random.nextInt(20);
        if (r == 0) return null;
        if (r == 1) return "";
        if (r == 2 || t.servers().isEmpty()) return "missing" + random.nextInt(3);
        return t.servers().get(random.nextInt(t.size())).id();
    }

    /** An id some server already points at but no server has, so adding it resolves a dangling chain. */
    private String freeDanglingId(Topology t) {
        List<String> dangling = new ArrayList<>();
        for (Server s : t.servers()) {
            String up = s.getUpstreamId();
            if (up != null && Server.isValidId(up) && t.server(up) == null) dangling.add(up);
        }
        return dangling.isEmpty() ? "s" + nextId++ : dangling.get(random.nextInt(dangling.size()));
    }

    private Limits randomLimits() {
        int recommended = 1 + random.nextInt(4);
        return new Limits(1 + random.nextInt(6), recommended, recommended + random.nextInt(3));
    }

    private ProxySettings randomProxy() {
        return new ProxySettings(random.nextBoolean(), random.nextBoolean() ? "proxy.corp" : "",
                pick(PORTS), random.nextBoolean(), random.nextBoolean() ? "svc" : "", "CORP", random.nextBoolean());
    }

    private LanguageSelection randomLanguages() {
        return LanguageSelection.of(random.nextInt(6) == 0, List.of(pick(LANGUAGE_SETS)));
    }

    private SyncSchedule randomSync() {
        int[] perDay = {1, 1, 2, 3, 24, 0, 25};
        return new SyncSchedule(random.nextInt(4) > 0, pick(TIMES), perDay[random.nextInt(perDay.length)]);
    }

    private <T> T pick(T[] values) { return values[random.nextInt(values.length)]; }

    private int pick(int[] values) { return values[random.nextInt(values.length)]; }
}
