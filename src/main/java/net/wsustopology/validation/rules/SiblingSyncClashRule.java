package net.wsustopology.validation.rules;

import java.util.function.BiFunction;
import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/**
 * SCH-02: two downstreams of one upstream in the plan start a sync less than 15 minutes apart;
 * flagged on each. The clashes among one upstream's downstreams are found once per pass ({@link SiblingClashes}).
 */
public final class SiblingSyncClashRule implements Rule {
    private static final BiFunction<ValidationContext, String, SiblingClashes> CLASHES_AMONG_DOWNSTREAMS =
            (ctx, upstreamId) -> SiblingClashes.among(ctx.topology().downstreamsOf(upstreamId));

    @Override public String id() { return "SCH-02"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.SYNC, Server.NAME), Reads.upstream(Server.NAME),
                Reads.siblings(Server.SYNC, Server.NAME, Server.SYNC_FROM_UPSTREAM, Server.UPSTREAM_ID));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        String upstreamId = s.effectiveUpstreamId();
        if (upstreamId == null || upstreamId.isEmpty() || SyncTimes.starts(s).length == 0) return;
        Server up = ctx.topology().server(upstreamId);
        if (up == null) return; // only downstreams of an existing upstream are siblings (TOP-02 flags the rest)
        SiblingClashes clashes = ctx.memo(CLASHES_AMONG_DOWNSTREAMS, upstreamId);
        SiblingClashes.Clash clash = clashes.of(s);
        if (clash == null) return;
        String upstream = up.label();
        int apart = Math.min(SyncTimes.minutesAfter(clash.minute(), clash.siblingMinute()),
                SyncTimes.minutesAfter(clash.siblingMinute(), clash.minute()));
        out.accept(finding(s, clash.related(), s.label() + " starts a sync at " + SyncTimes.format(clash.minute())
                + " UTC, " + (apart == 0 ? "at the same time as " : apart + " minutes from ") + clash.sibling().label()
                + " (" + SyncTimes.format(clash.siblingMinute()) + " UTC), which also syncs from " + upstream
                + ": simultaneous syncs cause a bandwidth surge on the upstream and replica retries come 15 minutes apart."
                + " Stagger their schedules by at least 15 minutes."));
    }
}
