package net.wsustopology.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Ports;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** NET-01: every port a server uses (update source, its own, an enabled proxy's) lies in 1-65535. */
public final class PortOutOfRangeRule implements Rule {
    @Override public String id() { return "NET-01"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.SOURCE_PORT, Server.SYNC_FROM_UPSTREAM, Server.HTTP_PORT, Server.HTTPS_PORT, Server.PROXY,
                Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        List<String> bad = new ArrayList<>();
        Integer source = s.getSourcePort();
        if (s.isSyncFromUpstream() && source != null && !Ports.inRange(source)) bad.add("update source port " + source);
        if (!Ports.inRange(s.getHttpPort())) bad.add("HTTP port " + s.getHttpPort());
        if (!Ports.inRange(s.getHttpsPort())) bad.add("HTTPS port " + s.getHttpsPort());
        ProxySettings proxy = s.getProxy();
        if (proxy.enabled() && !Ports.inRange(proxy.port())) bad.add("proxy port " + proxy.port());
        if (bad.isEmpty()) return;
        out.accept(finding(s, List.of(), s.label() + " uses " + String.join(", ", bad) + ", outside " + Ports.RANGE + ":"
                + " no connection can be made on such a port. Enter a port between " + Ports.MIN + " and " + Ports.MAX + "."));
    }
}
