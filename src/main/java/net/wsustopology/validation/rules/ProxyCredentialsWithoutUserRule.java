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

/** PRX-02: proxy credentials need a user name. */
public final class ProxyCredentialsWithoutUserRule implements Rule {
    @Override public String id() { return "PRX-02"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.PROXY, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        ProxySettings proxy = s.getProxy();
        if (!proxy.enabled() || !proxy.useCredentials() || !proxy.user().isBlank()) return;
        out.accept(finding(s, List.of(), s.label() + " authenticates to its proxy server without a user name, so the"
                + " proxy refuses its synchronization. Enter the user name (and domain) or turn credentials off."));
    }
}
