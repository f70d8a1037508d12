package net.wsustopology.validation;

import java.util.function.Consumer;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Builds small plans for tests. Servers start clean (FQDN name derived from the id, default
 * ports, English, manual sync, WSUS 10.0, source port matching the upstream), so a test only
 * states what it breaks:
 * <pre>
 * Topology t = new PlanBuilder().root("hq").downstream("ber", "hq").with(s -> s.setUseSsl(true)).build();
 * </pre>
 */
public final class PlanBuilder {
    public static final String DOMAIN = ".corp.example.com";

    private final Topology topology = new Topology();
    private Server last;

    /** A server syncing from Microsoft Update. */
    public PlanBuilder root(String id) {
        return add(new Server(id));
    }

    /** An autonomous server syncing from {@code upstreamId} (which need not exist). */
    public PlanBuilder downstream(String id, String upstreamId) {
        Server s = new Server(id);
        s.setSyncFromUpstream(true);
        s.setUpstreamId(upstreamId);
        Server up = topology.server(upstreamId);
        s.setSourcePort(up == null ? s.getHttpPort() : up.listeningPort(false));
        return add(s);
    }

    /** A replica syncing from {@code upstreamId}. */
    public PlanBuilder replica(String id, String upstreamId) {
        downstream(id, upstreamId);
        last.setReplica(true);
        return this;
    }

    /** {@code count} downstreams of {@code upstreamId} with ids prefix1..prefixN. */
    public PlanBuilder downstreams(String prefix, int count, String upstreamId) {
        for (int i = 1; i <= count; i++) downstream(prefix + i, upstreamId);
        return this;
    }

    /** Changes the server added last. */
    public PlanBuilder with(Consumer<Server> change) {
        change.accept(last);
        return this;
    }

    /** Changes the server with this id. */
    public PlanBuilder with(String id, Consumer<Server> change) {
        change.accept(topology.server(id));
        return this;
    }

    public PlanBuilder limits(int maxDownstreamServers, int recommendedMaxTiers, int maxTiers) {
        topology.setLimits(new Limits(maxDownstreamServers, recommendedMaxTiers, maxTiers));
        return this;
    }

    public Topology build() { return topology; }

    private PlanBuilder add(Server s) {
        s.setName(s.id() + DOMAIN);
        topology.addServer(s);
        last = s;
        return this;
    }
}
