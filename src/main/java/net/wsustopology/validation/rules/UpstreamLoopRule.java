package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** TOP-01: the upstream chain loops; flagged on every server of the loop. */
public final class UpstreamLoopRule implements Rule {
    @Override public String id() { return "TOP-01"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.SYNC_FROM_UPSTREAM, Server.NAME), Reads.upstream(Server.NAME), Reads.hierarchy());
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        if (!s.isSyncFromUpstream()) return;
        List<Server> loop = ctx.loopOf(s);
        if (loop.isEmpty()) return;
        Server up = ctx.upstreamOf(s);
        String what = loop.size() == 1 ? s.label() + " syncs from itself"
                : s.label() + " syncs from " + up.label() + ", whose upstreams lead back to " + s.label()
                        + " (a loop of " + loop.size() + " servers)";
        out.accept(finding(s, RelatedServers.idsExcept(loop, s), what
                + ": WSUS does not support loops, so none of these servers ever receives updates."
                + " Point one of them at Microsoft Update or at a server outside the loop."));
    }
}
