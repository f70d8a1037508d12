package net.wsustopology.fix;

import java.util.List;
import net.wsustopology.command.Edits;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;

/** TOP-01 to TOP-05: loops, missing upstreams, replica roots, too many tiers. */
final class TopologyFixes implements Fixer {
    @Override public List<String> ruleIds() { return List.of("TOP-01", "TOP-02", "TOP-03", "TOP-04", "TOP-05"); }

    @Override public String whyNone(FixTarget t) {
        return t.ruleId().equals("TOP-04") || t.ruleId().equals("TOP-05") ? NoFixReasons.NO_GRANDPARENT : NoFixReasons.UNCHANGEABLE;
    }

    @Override public List<QuickFix> fixes(FixTarget t) {
        Server s = t.server();
        return switch (t.ruleId()) {
            case "TOP-01" -> List.of(makeRoot(t, "Make " + FixTarget.name(s) + " a root (sync from Microsoft Update) to break the loop"));
            case "TOP-02" -> List.of(QuickFix.choose(t, "Choose an upstream for " + FixTarget.name(s) + "…", QuickFix.Choice.UPSTREAM),
                    makeRoot(t, "Make " + FixTarget.name(s) + " a root (sync from Microsoft Update)"));
            case "TOP-03" -> {
                String label = "Turn replica mode off on " + FixTarget.name(s);
                yield List.of(QuickFix.safe(t, label, "replica off",
                        () -> Labelled.edit(t.edits(), label).set(s, ServerSettings.REPLICA, false).build()));
            }
            default -> toGrandparent(t);
        };
    }

    private static QuickFix makeRoot(FixTarget t, String label) {
        Server s = t.server();
        return QuickFix.option(t, label, "syncs from Microsoft Update",
                () -> Edits.relabel(label, t.edits().makeRoot(s)));
    }

    /** TOP-04/TOP-05: one tier less by syncing from the upstream's upstream. */
    private static List<QuickFix> toGrandparent(FixTarget t) {
        Server s = t.server();
        Server up = t.upstream();
        Server grandparent = up == null ? null : t.topology().upstreamOf(up);
        if (grandparent == null || !t.edits().canReparent(s, grandparent)) return List.of();
        String label = "Move " + FixTarget.name(s) + " up a tier: sync from " + FixTarget.name(grandparent)
                + " instead of " + FixTarget.name(up);
        return List.of(QuickFix.safe(t, label, "upstream " + FixTarget.name(up) + " → " + FixTarget.name(grandparent),
                () -> Edits.relabel(label, t.edits().reparent(s, grandparent))));
    }
}
