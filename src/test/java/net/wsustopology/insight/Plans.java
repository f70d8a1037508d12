package net.wsustopology.insight;

import java.util.List;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;

/** Small hand-built plans for the insight tests. */
public final class Plans {
    private final Topology topology = new Topology();

    public Topology topology() { return topology; }

    public Server root(String id, String... languages) {
        Server s = new Server(id);
        s.setName(id + ".corp.example.com");
        s.setLanguages(LanguageSelection.of(List.of(languages)));
        topology.addServer(s);
        return s;
    }

    public Server downstream(String id, Server upstream, String... languages) {
        Server s = new Server(id);
        s.setName(id + ".corp.example.com");
        s.setSyncFromUpstream(true);
        s.setUpstreamId(upstream.id());
        s.setSourcePort(upstream.getHttpPort());
        s.setLanguages(LanguageSelection.of(List.of(languages)));
        topology.addServer(s);
        return s;
    }

    public Server replica(String id, Server upstream) {
        Server s = downstream(id, upstream, "en");
        s.setReplica(true);
        return s;
    }

    public static void daily(Server s, String firstSyncUtc, int perDay) {
        s.setSync(new SyncSchedule(true, firstSyncUtc, perDay));
    }
}
