package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** SCH-03: a downstream starting a sync within 30 minutes after its upstream starts one gets the previous state. */
public final class SyncSoonAfterUpstreamRule implements Rule {
    static final int WINDOW = 30;

    @Override public String id() { return "SCH-03"; }

    @Override public Severity severity() { return Severity.INFO; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.SYNC, Server.NAME), Reads.upstream(Server.SYNC, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        Server up = ctx.upstreamOf(s);
        if (up == null) return;
        int[] upstreamStarts = SyncTimes.starts(up);
        for (int own : SyncTimes.starts(s)) {
            for (int upstream : upstreamStarts) {
                int after = SyncTimes.minutesAfter(upstream, own);
                if (after >= WINDOW) continue;
                out.accept(finding(s, List.of(up.id()), s.label() + " starts a sync at " + SyncTimes.format(own) + " UTC, "
                        + (after == 0 ? "at the same time as" : after + " minutes after") + " its upstream " + up.label()
                        + " starts one at " + SyncTimes.format(upstream) + " UTC: the upstream is likely still synchronizing,"
                        + " so " + s.label() + " gets the previous state. Start it at least " + WINDOW
                        + " minutes after the upstream."));
                return;
            }
        }
    }
}
