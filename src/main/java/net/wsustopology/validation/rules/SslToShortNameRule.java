package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** NET-07: SSL to an upstream named without a domain: the certificate names a fully qualified name. */
public final class SslToShortNameRule implements Rule {
    @Override public String id() { return "NET-07"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.USE_SSL, Server.NAME), Reads.upstream(Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        if (!s.isUseSsl()) return;
        Server up = ctx.upstreamOf(s);
        if (up == null) return;
        String name = up.getName();
        if (name == null || name.isBlank() || name.contains(".")) return;
        out.accept(finding(s, List.of(up.id()), s.label() + " uses SSL to " + up.label() + ", which is not a fully"
                + " qualified domain name: the upstream's certificate must match the name the downstream connects to."
                + " Name the upstream by its FQDN, for example " + name + ".corp.example.com."));
    }
}
