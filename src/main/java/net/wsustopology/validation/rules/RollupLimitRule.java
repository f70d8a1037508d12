package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/**
 * FAN-03 (seed, [MS-WSUSSS] rollup): more than maxDownstreamServers servers in all below one root,
 * at any tier. Every downstream reports itself and its descendants to its upstream, so all of them
 * reach the root: the seed's other reading of its limit. Flagged on the root.
 */
public final class RollupLimitRule implements Rule {
    @Override public String id() { return "FAN-03"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.NAME), Reads.allBelow());
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        if (s.isSyncFromUpstream()) return;
        int limit = ctx.limits().maxDownstreamServers();
        // a root with no more direct downstreams than the limit cannot have too many below it unless some have their own
        if (ctx.topology().downstreamCount(s) == 0) return;
        int below = ctx.hierarchy().countBelow(s);
        if (below <= limit) return;
        out.accept(finding(s, List.of(), s.label() + " has " + below + " servers below it in all tiers, more than the limit of "
                + limit + ": every downstream server reports itself and the servers below it up to the root, so all of them"
                + " talk to it. Split the hierarchy under a second root, or raise the limit if Microsoft's guidance for your"
                + " version allows it."));
    }
}
