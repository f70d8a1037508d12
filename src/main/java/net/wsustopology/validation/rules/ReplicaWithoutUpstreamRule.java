package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** TOP-03: a replica must sync from an upstream WSUS server, not from Microsoft Update. */
public final class ReplicaWithoutUpstreamRule implements Rule {
    @Override public String id() { return "TOP-03"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.REPLICA, Server.SYNC_FROM_UPSTREAM, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        if (!s.isReplica() || s.isSyncFromUpstream()) return;
        out.accept(finding(s, List.of(), s.label() + " is a replica but syncs from Microsoft Update: a replica"
                + " mirrors approvals and settings of an upstream WSUS server, so it needs one."
                + " Choose an upstream server or make it autonomous."));
    }
}
