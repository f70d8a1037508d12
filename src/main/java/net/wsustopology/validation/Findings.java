package net.wsustopology.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** The current findings of a plan by flagged server, with running counts per severity. */
public final class Findings {
    private final Map<String, List<Finding>> byServer = new HashMap<>();
    private final EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
    private final List<FindingsListener> listeners = new CopyOnWriteArrayList<>();

    public Findings() {
        for (Severity s : Severity.values()) counts.put(s, 0);
    }

    public void addListener(FindingsListener l) { listeners.add(l); }
    public void removeListener(FindingsListener l) { listeners.remove(l); }

    public List<Finding> of(String serverId) {
        List<Finding> list = byServer.get(serverId);
        return list == null ? List.of() : list;
    }

    /** The worst severity flagged on the server, or null when it is clean. */
    public Severity worst(String serverId) {
        Severity worst = null;
        for (Finding f : of(serverId)) worst = Severity.worst(worst, f.severity());
        return worst;
    }

    public int count(Severity severity) { return counts.get(severity); }

    public int total() { return counts.values().stream().mapToInt(Integer::intValue).sum(); }

    /** Every finding in the plan's server order. */
    public List<Finding> all(Topology topology) {
        List<Finding> all = new ArrayList<>(total());
        for (Server s : topology.servers()) all.addAll(of(s.id()));
        return all;
    }

    /** Replaces the findings of each given server; servers absent from {@code fresh} become clean. {@code serverIds} must not change afterwards. */
    void replace(Set<String> serverIds, Map<String, List<Finding>> fresh) {
        for (String id : serverIds) {
            adjust(byServer.remove(id), -1);
            List<Finding> list = fresh.get(id);
            if (list != null && !list.isEmpty()) {
                byServer.put(id, list);
                adjust(list, +1);
            }
        }
        if (!serverIds.isEmpty() && !listeners.isEmpty()) {
            // the caller hands over a set it no longer changes: a read-only view spares a copy per edit
            Set<String> changed = Collections.unmodifiableSet(serverIds);
            for (FindingsListener l : listeners) l.findingsChanged(changed);
        }
    }

    private void adjust(List<Finding> list, int sign) {
        if (list == null) return;
        for (Finding f : list) counts.merge(f.severity(), sign, Integer::sum);
    }
}
