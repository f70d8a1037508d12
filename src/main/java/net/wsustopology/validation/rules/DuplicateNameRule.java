package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** NET-06: host names are unique (case-insensitively); flagged on every server sharing one. */
public final class DuplicateNameRule implements Rule {
    @Override public String id() { return "NET-06"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.NAME), Reads.namesakes());
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        String name = s.getName();
        if (name == null || name.isBlank()) return;
        List<Server> namesakes = ctx.topology().serversNamed(name);
        int others = namesakes.size() - 1;
        if (others < 1) return;
        out.accept(finding(s, RelatedServers.sortedIdsExcept(namesakes, s), s.label() + " shares its name with "
                + (others == 1 ? "another server" : others + " other servers") + " of the plan: DNS resolves a name"
                + " to one machine, so downstreams and clients cannot tell them apart. Give each server its own host name."));
    }
}
