package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** PRX-01: an enabled proxy needs a proxy server name. */
public final class ProxyWithoutServerRule implements Rule {
    @Override public String id() { return "PRX-01"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.PROXY, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        ProxySettings proxy = s.getProxy();
        if (!proxy.enabled() || !proxy.server().isBlank()) return;
        out.accept(finding(s, List.of(), s.label() + " uses a proxy server but names none, so it cannot reach its"
                + " update source. Enter the proxy server's name or turn the proxy off."));
    }
}
