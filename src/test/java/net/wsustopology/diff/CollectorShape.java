package net.wsustopology.diff;

import java.util.HashMap;
import java.util.Map;
import net.wsustopology.model.Observed;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * A plan as Get-WsusHierarchy.ps1 would collect it if every server were deployed as planned: ids
 * from host names (the first label, or the whole name when two servers share it), no site, notes
 * or position, other client counts, and observed facts of a reachable server that synchronized.
 */
final class CollectorShape {
    private CollectorShape() { }

    static Topology of(Topology plan) {
        Map<String, Integer> labels = new HashMap<>();
        for (Server s : plan.servers()) labels.merge(HostNames.firstLabel(s.getName()), 1, Integer::sum);
        Map<String, String> ids = new HashMap<>();
        for (Server s : plan.servers()) {
            String label = HostNames.firstLabel(s.getName());
            String id = (labels.get(label) > 1 ? HostNames.key(s.getName()) : label).replaceAll("[^a-z0-9._-]", "-");
            ids.put(s.id(), id.length() > 60 ? id.substring(0, 60) : id);
        }
        Topology collected = new Topology();
        collected.setName("Collected from " + plan.servers().get(0).getName());
        for (Server s : plan.servers()) {
            Server c = s.copyWithId(ids.get(s.id()));
            if (s.getUpstreamId() != null) c.setUpstreamId(ids.getOrDefault(s.getUpstreamId(), s.getUpstreamId()));
            if (s.isSyncFromUpstream() && c.getSourcePort() == null) c.setSourcePort(plan.upstreamOf(s) == null ? null
                    : plan.upstreamOf(s).listeningPort(s.isUseSsl()));
            if (!s.isSyncFromUpstream()) {
                c.setUpstreamId(null);
                c.setSourcePort(null);
                c.setUseSsl(false);
            }
            c.setSite("");
            c.setNotes("");
            c.setClients(s.getClients() + 17);
            c.setPosition(null);
            c.setPinned(false);
            c.setObserved(new Observed("2027-03-01T10:15:00Z", "guid-" + c.id(), true, "2027-03-01T03:00:00Z", "Succeeded", null, null));
            collected.addServer(c);
        }
        return collected;
    }
}
