package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** TOP-02: a server syncs from an upstream WSUS server that is missing or not in the plan. */
public final class MissingUpstreamRule implements Rule {
    @Override public String id() { return "TOP-02"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.SYNC_FROM_UPSTREAM, Server.UPSTREAM_ID, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        if (!s.isSyncFromUpstream() || ctx.upstreamOf(s) != null) return;
        String upstreamId = s.getUpstreamId();
        String what = upstreamId == null || upstreamId.isEmpty()
                ? s.label() + " is set to sync from an upstream WSUS server but names none"
                : s.label() + " syncs from upstream \"" + upstreamId + "\", which is not in the plan";
        out.accept(finding(s, List.of(), what + ", so it has no source for updates."
                + " Choose an upstream server from the plan or sync from Microsoft Update."));
    }
}
