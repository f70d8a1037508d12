package net.wsustopology.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.wsustopology.command.Command;
import net.wsustopology.command.Edits;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerProperty;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;
import net.wsustopology.model.Topology;

/**
 * An open plan compared with another file (File > Compare With…): the differences, kept current
 * as the plan is edited, minus those the user chose to keep the plan for. The other file is only
 * read; taking a deployed value is an edit of the plan.
 */
public final class Comparison {
    private final Topology planned;
    private final Topology actual;
    private final String actualName;
    private final Set<String> kept = new HashSet<>();
    private PlanDiff diff;

    public Comparison(Topology planned, Topology actual, String actualName) {
        this.planned = planned;
        this.actual = actual;
        this.actualName = actualName;
        refresh();
    }

    /** Compares again (after an edit of the plan). */
    public void refresh() { diff = PlanDiff.compare(planned, actual); }

    public PlanDiff diff() { return diff; }
    public Topology actual() { return actual; }
    public String actualName() { return actualName; }

    /** The differences still open: all of them but those the plan was kept for. */
    public List<Difference> open() {
        List<Difference> open = new ArrayList<>();
        for (Difference d : diff.differences()) if (!kept.contains(d.line())) open.add(d);
        return open;
    }

    /** Keep plan: the difference is no longer listed (until its values change). */
    public void keepPlan(Difference d) { kept.add(d.line()); }

    /** The kind of drift the card of a server shows (a planned one, or one only deployed): the most telling of its open differences. */
    public DriftKind kindOf(Server server) {
        List<Difference> open = new ArrayList<>();
        for (Difference d : diff.of(server)) if (d.kind() == Difference.Kind.ONLY_PLANNED || !kept.contains(d.line())) open.add(d);
        return DriftKind.ofServer(open);
    }

    /**
     * Adopt into Plan: the edit that adds a server only deployed to the plan, with its deployed
     * settings, under the planned server matched to its deployed upstream, at {@code at}; null
     * when it is not such a server or its deployed upstream is not in the plan (adopt that first).
     */
    public Command adopt(Difference d, Position at, Edits edits) {
        if (d.kind() != Difference.Kind.ONLY_ACTUAL) return null;
        Server deployed = d.actual();
        Server plannedUp = null;
        if (deployed.isSyncFromUpstream()) {
            Server up = actual.upstreamOf(deployed);
            plannedUp = up == null ? null : diff.matching().plannedFor(up);
            if (plannedUp == null) return null;
        }
        Server joining = deployed.copyWithId(planned.freshId(deployed.id()));
        joining.setObserved(null); // from now on a planned server; the collected file still says what is deployed
        if (plannedUp != null) joining.setUpstreamId(plannedUp.id());
        joining.setPosition(at);
        return edits.adopt(joining).orElse(null);
    }

    /** The open differences of one server (a planned one, or one only deployed). */
    public List<Difference> openOf(Server server) {
        List<Difference> open = new ArrayList<>();
        for (Difference d : diff.of(server)) if (!kept.contains(d.line())) open.add(d);
        return open;
    }

    /**
     * The edit that gives the planned server the deployed value of a changed setting (the whole
     * property that holds it: all of the proxy for a proxy setting), or null when there is none
     * to take: not a changed setting, or an upstream that is not in the plan.
     */
    public Command takeDeployed(Difference d, Edits edits) {
        if (d.kind() != Difference.Kind.CHANGED) return null;
        Setting setting = ServerSettings.atPath(d.setting());
        if (setting == null) return null;
        if (setting.property().equals(ServerSettings.UPSTREAM_ID.name())) {
            Server up = actual.upstreamOf(d.actual());
            Server plannedUp = up == null ? null : diff.matching().plannedFor(up);
            return plannedUp == null ? null : edits.takeDeployed(d.planned(), ServerSettings.UPSTREAM_ID, plannedUp.id()).orElse(null);
        }
        return take(edits, d.planned(), ServerSettings.named(setting.property()), d.actual());
    }

    private static <T> Command take(Edits edits, Server planned, ServerProperty<T> property, Server actual) {
        return edits.takeDeployed(planned, property, property.get(actual)).orElse(null);
    }
}
