package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** CAP-02: a number of clients below zero can only be a typing or file error. */
public final class NegativeClientsRule implements Rule {
    @Override public String id() { return "CAP-02"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.CLIENTS, Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        if (s.getClients() >= 0) return;
        out.accept(finding(s, List.of(), s.label() + " has " + s.getClients() + " clients; the number of clients cannot be"
                + " negative. Enter 0 or more."));
    }
}
