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

/** TOP-04: a server's tier is above recommendedMaxTiers but not above maxTiers. */
public final class TierAboveRecommendedRule implements Rule {
    @Override public String id() { return "TOP-04"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.NAME), Reads.hierarchy());
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        OptionalInt tier = ctx.tier(s);
        int recommended = ctx.limits().recommendedMaxTiers();
        if (tier.isEmpty() || tier.getAsInt() <= recommended || tier.getAsInt() > ctx.limits().maxTiers()) return;
        out.accept(finding(s, List.of(), s.label() + " is on tier " + tier.getAsInt() + ", deeper than the recommended "
                + recommended + " tiers: every tier adds a sync delay and Microsoft advises against deep hierarchies."
                + " Sync it from a server closer to Microsoft Update."));
    }
}
