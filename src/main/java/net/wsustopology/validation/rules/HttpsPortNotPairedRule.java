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

/** NET-05: WSUS listens for HTTPS on its HTTP port + 1 (the default pair 80/443 excepted). */
public final class HttpsPortNotPairedRule implements Rule {
    @Override public String id() { return "NET-05"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.HTTP_PORT, Server.HTTPS_PORT, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        int http = s.getHttpPort();
        int https = s.getHttpsPort();
        if (Ports.paired(http, https)) return;
        int expected = Ports.pairedHttps(http);
        out.accept(finding(s, List.of(), s.label() + " has HTTP port " + http + " and HTTPS port " + https
                + ", but WSUS always serves HTTPS on the HTTP port + 1 (or 443 with port 80), so SSL clients would miss it."
                + " Set the HTTPS port to " + expected + "."));
    }
}
