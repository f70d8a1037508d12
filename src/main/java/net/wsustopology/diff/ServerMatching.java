package net.wsustopology.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Pairs the servers of a planned and an actual topology (SPEC section 2): by host name, ignoring
 * case; then a short name with the one FQDN of the other file whose first label it is; then, for
 * servers still alone, by id. Every server is in at most one pair.
 */
public final class ServerMatching {
    private final Topology planned;
    private final Topology actual;
    private final Map<Server, Server> actualOf = new IdentityHashMap<>();
    private final Map<Server, Server> plannedOf = new IdentityHashMap<>();

    public ServerMatching(Topology planned, Topology actual) {
        this.planned = planned;
        this.actual = actual;
        byFullName();
        byShortName(planned, actual, false);
        byShortName(actual, planned, true);
        byId();
    }

    /** The actual server paired with a planned one, or null when it was not deployed. */
    public Server actualFor(Server plannedServer) { return actualOf.get(plannedServer); }

    /** The planned server paired with an actual one, or null when it is not in the plan. */
    public Server plannedFor(Server actualServer) { return plannedOf.get(actualServer); }

    public List<Server> onlyPlanned() {
        List<Server> alone = new ArrayList<>();
        for (Server s : planned.servers()) if (!actualOf.containsKey(s)) alone.add(s);
        return alone;
    }

    public List<Server> onlyActual() {
        List<Server> alone = new ArrayList<>();
        for (Server s : actual.servers()) if (!plannedOf.containsKey(s)) alone.add(s);
        return alone;
    }

    private void pair(Server p, Server a) {
        actualOf.put(p, a);
        plannedOf.put(a, p);
    }

    private void byFullName() {
        Map<String, List<Server>> actualByName = new HashMap<>();
        for (Server a : actual.servers()) actualByName.computeIfAbsent(HostNames.key(a.getName()), k -> new ArrayList<>()).add(a);
        for (Server p : planned.servers()) {
            String key = HostNames.key(p.getName());
            if (key.isEmpty()) continue;
            for (Server a : actualByName.getOrDefault(key, List.of())) {
                if (!plannedOf.containsKey(a)) {
                    pair(p, a);
                    break;
                }
            }
        }
    }

    /** Short names of {@code from} matched to the single FQDN of {@code to} that they begin. */
    private void byShortName(Topology from, Topology to, boolean fromIsActual) {
        Map<String, List<Server>> fqdnsByLabel = new HashMap<>();
        for (Server s : to.servers()) {
            if (!HostNames.isShort(s.getName()) && !HostNames.key(s.getName()).isEmpty()) {
                fqdnsByLabel.computeIfAbsent(HostNames.firstLabel(s.getName()), k -> new ArrayList<>()).add(s);
            }
        }
        for (Server s : from.servers()) {
            if (isPaired(s, fromIsActual) || !HostNames.isShort(s.getName())) continue;
            List<Server> candidates = fqdnsByLabel.getOrDefault(HostNames.key(s.getName()), List.of());
            if (candidates.size() != 1 || isPaired(candidates.get(0), !fromIsActual)) continue;
            if (fromIsActual) pair(candidates.get(0), s); else pair(s, candidates.get(0));
        }
    }

    private void byId() {
        for (Server p : planned.servers()) {
            if (actualOf.containsKey(p)) continue;
            Server a = actual.server(p.id());
            if (a != null && !plannedOf.containsKey(a)) pair(p, a);
        }
    }

    private boolean isPaired(Server s, boolean isActual) { return isActual ? plannedOf.containsKey(s) : actualOf.containsKey(s); }
}
