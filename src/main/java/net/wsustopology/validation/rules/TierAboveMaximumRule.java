package net.wsustopology.validation.rules;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** TOP-05: a server's tier is above maxTiers. */
public final class TierAboveMaximumRule implements Rule {
    @Override public String id() { return "TOP-05"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.NAME), Reads.hierarchy());
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        OptionalInt tier = ctx.tier(s);
        int max = ctx.limits().maxTiers();
        if (tier.isEmpty() || tier.getAsInt() <= max) return;
        out.accept(finding(s, List.of(), s.label() + " is on tier " + tier.getAsInt() + ", deeper than the maximum of "
                + max + " tiers: WSUS hierarchies that deep are untested and updates arrive late."
                + " Sync it from a server closer to Microsoft Update."));
    }
}
