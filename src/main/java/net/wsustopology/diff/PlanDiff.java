package net.wsustopology.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.Observed;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;
import net.wsustopology.model.Topology;

/**
 * What differs between a planned and an actual topology (SPEC section 2: {@code diff}): servers in
 * one file only, every differing setting with both values, and actual servers that were
 * unreachable or failed their last synchronization. Differences come grouped by server, planned
 * servers in rollout order (tier, then file order), then the servers that are not planned.
 * Works on any two plans; the actual file is never changed.
 */
public final class PlanDiff {
    private final Topology planned;
    private final Topology actual;
    private final ServerMatching matching;
    private final List<Difference> differences = new ArrayList<>();
    private final Map<Server, List<Difference>> byServer = new IdentityHashMap<>();

    private PlanDiff(Topology planned, Topology actual) {
        this.planned = planned;
        this.actual = actual;
        this.matching = new ServerMatching(planned, actual);
        for (Server p : planned.hierarchy().rolloutOrder()) {
            Server a = matching.actualFor(p);
            if (a == null) {
                add(p, new Difference(Difference.Kind.ONLY_PLANNED, p, null, null, null, null));
                continue;
            }
            observed(p, a);
            settings(p, a);
        }
        for (Server a : actual.hierarchy().rolloutOrder()) {
            if (matching.plannedFor(a) != null) continue;
            add(a, new Difference(Difference.Kind.ONLY_ACTUAL, null, a, null, null, null));
            observed(null, a);
        }
    }

    public static PlanDiff compare(Topology planned, Topology actual) { return new PlanDiff(planned, actual); }

    public Topology planned() { return planned; }
    public Topology actual() { return actual; }
    public ServerMatching matching() { return matching; }

    /** Every difference, grouped by server in rollout order. */
    public List<Difference> differences() { return Collections.unmodifiableList(differences); }

    public boolean isEmpty() { return differences.isEmpty(); }

    /** The differences of one server (a planned one, or an actual one that is not planned). */
    public List<Difference> of(Server server) { return byServer.getOrDefault(server, List.of()); }

    private void observed(Server p, Server a) {
        Observed o = a.getObserved();
        if (o == null) return;
        Server key = p != null ? p : a;
        if (o.isUnreachable()) add(key, new Difference(Difference.Kind.UNREACHABLE, p, a, null, null, null));
        if (o.lastSyncFailed()) add(key, new Difference(Difference.Kind.FAILED_SYNC, p, a, null, null, null));
    }

    private void settings(Server p, Server a) {
        // servers paired by id may name different hosts: a renamed server is a difference, not a match
        if (!HostNames.same(p.getName(), a.getName())) {
            add(p, new Difference(Difference.Kind.CHANGED, p, a, "name", p.getName(), a.getName()));
        }
        // every setting a real server has, from the one description of a server's settings: a new one is compared too
        for (Setting setting : ServerSettings.settings()) {
            if (!setting.deployed() || !Relevance.compared(setting.path(), p, a)) continue;
            Object plannedValue = setting.valueOf(planned, p);
            Object actualValue = setting.valueOf(actual, a);
            if (!Relevance.same(setting.path(), plannedValue, actualValue)) {
                add(p, new Difference(Difference.Kind.CHANGED, p, a, setting.path(), plannedValue, actualValue));
            }
        }
    }

    private void add(Server key, Difference d) {
        differences.add(d);
        byServer.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
    }
}
