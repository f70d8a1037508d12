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

/** PRX-03: basic authentication sends proxy credentials in clear text. */
public final class ProxyBasicAuthRule implements Rule {
    @Override public String id() { return "PRX-03"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.PROXY, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        ProxySettings proxy = s.getProxy();
        if (!proxy.enabled() || !proxy.useCredentials() || !proxy.allowBasicAuth()) return;
        out.accept(finding(s, List.of(), s.label() + " allows basic authentication to its proxy server, so the proxy"
                + " credentials cross the network in clear text. Turn basic authentication off unless the proxy needs it."));
    }
}
