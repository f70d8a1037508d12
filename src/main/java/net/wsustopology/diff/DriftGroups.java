package net.wsustopology.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.Server;

/**
 * Differences grouped by server, in the order given (a {@link PlanDiff} lists them in rollout
 * order): the Drift tab's groups and the drift report's sections.
 *
 * @param server      the planned server, or the deployed one when it is not planned
 * @param differences in the order given, at least one
 */
public record DriftGroups(List<Group> groups) {
    public record Group(Server server, List<Difference> differences) {
        /** "wsus-got01.eu.corp.contoso.com": the server's host name. */
        public String name() { return server.label(); }

        /** The planned server's id, or "" for a server only deployed. */
        public String planId() { return differences.get(0).planned() == null ? "" : server.id(); }

        /** The kind its card shows. */
        public DriftKind kind() { return DriftKind.ofServer(differences); }

        /** "wsus-got01.eu.corp.contoso.com (2)": the name with how many differences it has. */
        public String heading() { return name() + " (" + differences.size() + ")"; }
    }

    public static DriftGroups of(List<Difference> differences) {
        Map<Server, Group> byServer = new IdentityHashMap<>();
        List<Group> groups = new ArrayList<>();
        for (Difference d : differences) {
            Server key = d.planned() != null ? d.planned() : d.actual();
            Group g = byServer.get(key);
            if (g == null) {
                g = new Group(key, new ArrayList<>());
                byServer.put(key, g);
                groups.add(g);
            }
            g.differences().add(d);
        }
        return new DriftGroups(List.copyOf(groups));
    }

    /** How many differences of each kind, in the order of {@link DriftKind} (SAME is never counted). */
    public static Map<DriftKind, Integer> counts(List<Difference> differences) {
        Map<DriftKind, Integer> counts = new EnumMap<>(DriftKind.class);
        for (DriftKind k : DriftKind.values()) if (k != DriftKind.SAME) counts.put(k, 0);
        for (Difference d : differences) counts.merge(DriftKind.of(d), 1, Integer::sum);
        return counts;
    }
}
