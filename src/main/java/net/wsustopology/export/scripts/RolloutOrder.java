package net.wsustopology.export.scripts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.wsustopology.model.Hierarchy;
import net.wsustopology.diff.Difference;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * The order to configure servers in: by tier (upstreams before downstreams), then file order;
 * servers without a tier (on a loop or under a missing upstream) last, with the reason.
 */
public final class RolloutOrder {
    private final Topology topology;
    private final Hierarchy hierarchy;
    private final List<Server> ordered = new ArrayList<>();
    private final List<Server> withoutTier = new ArrayList<>();

    public RolloutOrder(Topology topology) {
        this.topology = topology;
        this.hierarchy = topology.hierarchy();
        for (Server s : hierarchy.rolloutOrder()) (hierarchy.tier(s).isPresent() ? ordered : withoutTier).add(s);
    }

    /** Servers with a tier, upstream before downstream. */
    public List<Server> ordered() { return ordered; }

    /** Servers whose upstream chain loops or dangles, in file order. */
    public List<Server> withoutTier() { return withoutTier; }

    /** The text of rollout-order.txt, with \n line ends. */
    public String text() { return text(null); }

    /**
     * The text of rollout-order.txt listing only the servers {@code changes} scripts (all when
     * null), with its note under the heading and, at the end, the changes to make by hand.
     */
    public String text(ChangesToApply changes) {
        Set<Server> only = changes == null ? null : changes.scripted();
        String note = changes == null ? null : changes.note();
        StringBuilder sb = new StringBuilder();
        sb.append("Rollout order for plan '").append(PowerShell.comment(topology.getName())).append("' (generated ")
                .append(LocalDate.now()).append(")\n");
        if (note != null) sb.append(PowerShell.comment(note)).append('\n');
        sb.append("Configure the servers in this order, each after its upstream: run each script on its own server.\n\n");
        List<Server> ordered = only == null ? this.ordered : this.ordered.stream().filter(only::contains).toList();
        List<Server> withoutTier = only == null ? this.withoutTier : this.withoutTier.stream().filter(only::contains).toList();
        ScriptFileNames names = new ScriptFileNames(topology);
        int n = 1;
        for (Server s : ordered) {
            sb.append(String.format("%4d. tier %d  %-40s (plan id %s)%n", n++, hierarchy.tier(s).getAsInt(), PowerShell.comment(names.of(s)),
                    s.id()).replace(System.lineSeparator(), "\n"));
        }
        if (!withoutTier.isEmpty()) {
            sb.append("\nNot in any tier: fix the plan before configuring these servers.\n");
            for (Server s : withoutTier) {
                sb.append("   -  ").append(PowerShell.comment(names.of(s))).append("  (plan id ").append(s.id()).append(")")
                        .append("  (").append(reason(s)).append(")\n");
            }
        }
        if (changes != null && !changes.byHand().isEmpty()) {
            sb.append("\nChanges the scripts do not make (IIS, the WSUS version, host names): make them by hand.\n");
            for (Difference d : changes.byHand()) sb.append("  ").append(PowerShell.comment(d.line())).append('\n');
        }
        return sb.toString();
    }

    private String reason(Server s) {
        if (hierarchy.isInLoop(s)) return "on a loop of upstream servers";
        List<Server> chain = hierarchy.upstreamChain(s);
        for (Server up : chain) {
            if (hierarchy.isInLoop(up)) return "under a loop of upstream servers (" + up.id() + ")";
        }
        Server top = chain.isEmpty() ? s : chain.get(chain.size() - 1);
        String id = top.getUpstreamId() == null ? "" : top.getUpstreamId();
        return top == s ? "its upstream '" + id + "' is not in the plan"
                : "under " + top.id() + ", whose upstream '" + id + "' is not in the plan";
    }
}
