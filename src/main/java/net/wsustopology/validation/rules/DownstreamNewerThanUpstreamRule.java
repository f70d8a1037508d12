package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** VER-01: an upstream must run the same or a later WSUS version than its downstreams. */
public final class DownstreamNewerThanUpstreamRule implements Rule {
    @Override public String id() { return "VER-01"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.VERSION, Server.NAME), Reads.upstream(Server.VERSION, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        Server up = ctx.upstreamOf(s);
        if (up == null || !s.getWsusVersion().isNewerThan(up.getWsusVersion())) return;
        out.accept(finding(s, List.of(up.id()), s.label() + " runs " + s.getWsusVersion().displayName()
                + " but its upstream " + up.label() + " runs the older " + up.getWsusVersion().displayName()
                + ": an upstream must run the same or a later WSUS version. Upgrade the upstream first."));
    }
}
