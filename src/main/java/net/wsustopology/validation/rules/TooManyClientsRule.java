package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** CAP-01: one WSUS server should serve at most 100,000 clients. */
public final class TooManyClientsRule implements Rule {
    static final int MAX_CLIENTS = 100_000;

    @Override public String id() { return "CAP-01"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.CLIENTS, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        if (s.getClients() <= MAX_CLIENTS) return;
        out.accept(finding(s, List.of(), s.label() + " serves " + s.getClients() + " clients, more than the 100,000"
                + " one WSUS server is sized for. Move clients to a downstream server."));
    }
}
