package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** FAN-01 (seed): no more than maxDownstreamServers direct downstream servers per upstream. */
public final class FanOutExceededRule implements Rule {
    @Override public String id() { return "FAN-01"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.NAME), Reads.downstreams(Server.SYNC_FROM_UPSTREAM, Server.UPSTREAM_ID));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        int count = ctx.topology().downstreamCount(s);
        int limit = ctx.limits().maxDownstreamServers();
        if (count <= limit) return;
        out.accept(finding(s, List.of(), s.label() + " has " + count + " downstream servers, more than the limit of "
                + limit + ": Microsoft supports no more than " + limit + " downstream servers syncing from one upstream."
                + " Move " + (count - limit) + " of them under another upstream or add a tier."));
    }
}
