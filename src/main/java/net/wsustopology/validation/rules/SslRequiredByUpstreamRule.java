package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Ports;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** NET-04: an upstream that requires SSL refuses a downstream syncing without SSL. */
public final class SslRequiredByUpstreamRule implements Rule {
    @Override public String id() { return "NET-04"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.USE_SSL, Server.NAME), Reads.upstream(Server.REQUIRE_SSL, Server.NAME, Server.HTTPS_PORT));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        Server up = ctx.upstreamOf(s);
        if (up == null || !up.isRequireSsl() || s.isUseSsl()) return;
        out.accept(finding(s, List.of(up.id()), s.label() + " syncs from " + up.label() + " without SSL, but "
                + up.label() + " requires SSL, so IIS refuses the connection. Turn on SSL for the update source"
                + " and use the upstream's HTTPS port " + Ports.upstreamPort(up, true) + "."));
    }
}
