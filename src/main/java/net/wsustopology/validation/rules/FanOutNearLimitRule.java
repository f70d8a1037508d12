package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** FAN-02: an upstream has at least 90% of maxDownstreamServers direct downstreams, but not more. */
public final class FanOutNearLimitRule implements Rule {
    @Override public String id() { return "FAN-02"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.NAME), Reads.downstreams(Server.SYNC_FROM_UPSTREAM, Server.UPSTREAM_ID));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        int count = ctx.topology().downstreamCount(s);
        int limit = ctx.limits().maxDownstreamServers();
        if (count == 0 || count > limit || (long) count * 10 < (long) limit * 9) return;
        out.accept(finding(s, List.of(), s.label() + " has " + count + " downstream servers, at least 90% of the limit of "
                + limit + ": there is little room left before the upstream exceeds what Microsoft supports."
                + " Plan another upstream or an extra tier before adding more."));
    }
}
