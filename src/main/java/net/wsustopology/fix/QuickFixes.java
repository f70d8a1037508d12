package net.wsustopology.fix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.wsustopology.command.Edits;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;

/** The fixes the plan offers for its findings, wherever a finding is shown. */
public final class QuickFixes {
    private static final List<Fixer> FIXERS = List.of(new LanguageFixes(), new TopologyFixes(), new VersionFixes(),
            new NetworkFixes(), new ProxyFixes(), new ScheduleFixes(), new FanOutFixes());
    private static final Map<String, Fixer> BY_RULE = new HashMap<>();

    static {
        for (Fixer f : FIXERS) for (String id : f.ruleIds()) BY_RULE.put(id, f);
    }

    private final Topology topology;
    private final Edits edits;
    private final FixSettings settings;

    public QuickFixes(Edits edits, FixSettings settings) {
        this.topology = edits.topology();
        this.edits = edits;
        this.settings = settings;
    }

    public QuickFixes(Topology topology) { this(new Edits(topology), FixSettings.DEFAULT); }

    /** Ids of the rules whose findings can have fixes, sorted. */
    public static Set<String> ruleIds() { return new TreeSet<>(BY_RULE.keySet()); }

    /** The fixes of one finding: the one needing no choice first; empty when it has none. */
    public List<QuickFix> of(Finding finding) {
        Fixer fixer = BY_RULE.get(finding.ruleId());
        Server server = topology.server(finding.serverId());
        if (fixer == null || server == null) return List.of();
        return fixer.fixes(new FixTarget(finding, server, topology, edits, settings));
    }

    /** Why the finding offers no fix, in one sentence; empty when it has fixes. */
    public Optional<String> whyNone(Finding finding) {
        Server server = topology.server(finding.serverId());
        Fixer fixer = BY_RULE.get(finding.ruleId());
        if (fixer == null || server == null) {
            String reason = NoFixReasons.ofRule(finding.ruleId());
            return Optional.of(reason != null ? reason : NoFixReasons.UNCHANGEABLE);
        }
        FixTarget target = new FixTarget(finding, server, topology, edits, settings);
        return fixer.fixes(target).isEmpty() ? Optional.of(fixer.whyNone(target)) : Optional.empty();
    }

    /** Whether every rule without a fixer has its own reason (a new rule must say why it offers nothing). */
    static boolean hasFixerOrReason(String ruleId) { return BY_RULE.containsKey(ruleId) || NoFixReasons.ofRule(ruleId) != null; }

    /** The fixes of several findings (a server's, say), in their order; a fix two findings share is offered once. */
    public List<QuickFix> of(Collection<Finding> findings) {
        Map<String, QuickFix> byLabel = new LinkedHashMap<>();
        for (Finding f : findings) for (QuickFix fix : of(f)) byLabel.putIfAbsent(fix.label(), fix);
        return new ArrayList<>(byLabel.values());
    }

    /** The fix that "Fix all of this kind" and the command line apply, if the finding has one. */
    public Optional<QuickFix> safe(Finding finding) {
        for (QuickFix fix : of(finding)) if (fix.isSafe()) return Optional.of(fix);
        return Optional.empty();
    }
}
