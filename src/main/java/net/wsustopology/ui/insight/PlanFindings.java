package net.wsustopology.ui.insight;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Findings;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/**
 * The one "rule" of a slide's copy of part of the plan: each server keeps the findings it has in
 * the whole plan, so a region's cards are outlined as in the editor although its siblings and
 * the rest of the plan are not on the slide. The copy is rebuilt on every edit, never re-checked.
 */
final class PlanFindings implements Rule {
    private final Findings plan;

    PlanFindings(Findings plan) { this.plan = plan; }

    @Override public String id() { return "PLAN"; }

    @Override public Severity severity() { return Severity.INFO; }

    @Override public void check(Server server, ValidationContext context, Consumer<Finding> out) {
        plan.of(server.id()).forEach(out);
    }

    @Override public List<Reads> reads() { return List.of(); }
}
