package net.wsustopology.insight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.wsustopology.model.LanguageCatalog;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Which server gets which update language, for the coverage grid: servers in tree order,
 * the language codes in use, and one {@link CellState} per server and code. A snapshot:
 * compute a new one after an edit.
 */
public final class LanguageCoverage {
    private final Topology topology;
    private final List<TreeRow> rows;
    private final List<String> codesInUse;
    /** Per upstream with only autonomous downstreams: the codes those downstreams select. */
    private final Map<Server, Set<String>> usedByDownstreams = new HashMap<>();
    /** Upstreams that feed at least one replica or an "all languages" downstream: everything they hold is used. */
    private final Set<Server> fullyUsed = new HashSet<>();

    private LanguageCoverage(Topology topology) {
        this.topology = topology;
        this.rows = TreeOrder.of(topology);
        this.codesInUse = collectCodes(topology);
        for (Server s : topology.servers()) indexUse(s);
    }

    public static LanguageCoverage of(Topology topology) { return new LanguageCoverage(topology); }

    public List<TreeRow> rows() { return rows; }

    /**
     * Codes any server that is not a replica selects (replicas' own lists are ignored), in the
     * console's order, unknown codes after them alphabetically.
     */
    public List<String> codesInUse() { return codesInUse; }

    /** {@link #codesInUse()} plus {@code extra}, without duplicates, in the same order rules. */
    public List<String> columns(Collection<String> extra) {
        Set<String> all = new HashSet<>(codesInUse);
        for (String c : extra) all.add(LanguageCatalog.normalize(c));
        return ordered(all);
    }

    /** True when the grid may toggle languages on this server (not a replica, not "all languages"). */
    public static boolean isEditable(Server s) {
        return !isReplica(s) && !s.getLanguages().all();
    }

    public CellState state(Server s, String code) {
        if (isReplica(s)) {
            LanguageSelection inherited = topology.effectiveLanguages(s);
            return inherited != null && inherited.includes(code) ? CellState.INHERITED : CellState.NONE;
        }
        if (!s.getLanguages().includes(code)) return CellState.NONE;
        Server up = topology.upstreamOf(s);
        if (up != null) {
            LanguageSelection upstream = topology.effectiveLanguages(up);
            if (upstream != null && !upstream.includes(code)) return CellState.MISSING_ON_UPSTREAM;
        }
        Set<String> used = usedByDownstreams.get(s);
        if (used != null && !fullyUsed.contains(s) && !s.getLanguages().all() && !used.contains(LanguageCatalog.normalize(code))) {
            return CellState.UNUSED_BY_DOWNSTREAMS;
        }
        return CellState.SELECTED;
    }

    /** The selection after toggling {@code code} on {@code s}. */
    public static LanguageSelection toggled(Server s, String code) {
        LanguageSelection current = s.getLanguages();
        return current.with(code, !current.includes(code));
    }

    private static boolean isReplica(Server s) { return s.isSyncFromUpstream() && s.isReplica(); }

    private void indexUse(Server downstream) {
        Server up = topology.upstreamOf(downstream);
        if (up == null) return;
        Set<String> used = usedByDownstreams.computeIfAbsent(up, k -> new HashSet<>());
        if (isReplica(downstream) || downstream.getLanguages().all()) {
            fullyUsed.add(up);
        } else {
            for (String c : downstream.getLanguages().codes()) used.add(LanguageCatalog.normalize(c));
        }
    }

    private static List<String> collectCodes(Topology topology) {
        Set<String> codes = new HashSet<>();
        for (Server s : topology.servers()) {
            if (!isReplica(s)) for (String c : s.getLanguages().codes()) codes.add(LanguageCatalog.normalize(c));
        }
        return ordered(codes);
    }

    private static List<String> ordered(Set<String> codes) {
        List<String> result = new ArrayList<>(codes.size());
        for (String known : LanguageCatalog.codes()) if (codes.contains(known)) result.add(known);
        TreeSet<String> unknown = new TreeSet<>(codes);
        unknown.removeAll(LanguageCatalog.codes());
        result.addAll(unknown);
        return List.copyOf(result);
    }
}
