package net.wsustopology.export.scripts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.wsustopology.diff.Difference;
import net.wsustopology.diff.PlanDiff;
import net.wsustopology.model.Server;

/**
 * What {@code scripts --only-changed} (and the editor's Scripts for What Differs…) writes: a script
 * for each planned server that is not deployed or differs in a setting a script applies
 * ({@link ApiSettings#appliedPaths()}), and the differences no script applies (IIS ports, Require
 * SSL, the WSUS version, a host name) listed as changes to make by hand.
 */
public final class ChangesToApply {
    private final Set<Server> scripted = new LinkedHashSet<>();
    private final List<Difference> byHand = new ArrayList<>();
    private final int plannedCount;
    private final String actualName;

    private ChangesToApply(PlanDiff diff, String actualName) {
        this.actualName = actualName;
        this.plannedCount = diff.planned().size();
        Set<String> applied = ApiSettings.appliedPaths();
        for (Difference d : diff.differences()) {
            if (d.planned() == null) continue;
            if (d.kind() == Difference.Kind.ONLY_PLANNED) scripted.add(d.planned());
            if (d.kind() != Difference.Kind.CHANGED) continue;
            if (applied.contains(d.setting())) scripted.add(d.planned()); else byHand.add(d);
        }
    }

    /** The changes a comparison of the plan with {@code actualName} asks for. */
    public static ChangesToApply of(PlanDiff diff, String actualName) { return new ChangesToApply(diff, actualName); }

    /** The planned servers that get a script, in rollout order. */
    public Set<Server> scripted() { return Collections.unmodifiableSet(scripted); }

    /** The differences no script applies, in rollout order. */
    public List<Difference> byHand() { return Collections.unmodifiableList(byHand); }

    /** The line under rollout-order.txt's heading saying why only these servers. */
    public String note() {
        return "Only the " + scripted.size() + " of " + plannedCount + " servers that differ from " + actualName
                + " in a setting a script applies, or are not deployed.";
    }
}
