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

/** NET-03: a downstream connects to the port its upstream listens on for the chosen protocol. */
public final class SourcePortMismatchRule implements Rule {
    @Override public String id() { return "NET-03"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.SOURCE_PORT, Server.USE_SSL, Server.NAME), Reads.upstream(Server.HTTP_PORT, Server.HTTPS_PORT, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        Server up = ctx.upstreamOf(s);
        Integer port = s.getSourcePort();
        if (up == null || port == null) return;
        int expected = Ports.upstreamPort(up, s.isUseSsl());
        if (port == expected) return;
        String protocol = s.isUseSsl() ? "HTTPS" : "HTTP";
        out.accept(finding(s, List.of(up.id()), s.label() + " connects to port " + port + " of " + up.label()
                + ", but " + up.label() + " listens for " + protocol + " on port " + expected
                + ", so synchronization fails. Set the update source port to " + expected + "."));
    }
}
