package net.wsustopology.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Severity;

/**
 * What the card of a folded group says, decided once for the canvas, presentation mode and the
 * exports: how many servers it holds, their worst finding and how many servers have each
 * severity as their worst, the mix of kinds, the languages they all get and the window of times
 * of day their automatic synchronizations start in.
 */
public record GroupFace(int count, Severity worst, int errors, int warnings, int infos, int autonomous, int replicas,
                        String sharedLanguages, String syncWindow) {

    /** The face of {@code members}, with each one's worst finding from {@code worstOf}. */
    public static GroupFace of(Topology topology, List<Server> members, Function<Server, Severity> worstOf) {
        int[] bySeverity = new int[Severity.values().length];
        Severity worst = null;
        int replicas = 0;
        Set<String> shared = null;
        boolean allLanguages = true;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Server s : members) {
            Severity w = worstOf.apply(s);
            if (w != null) bySeverity[w.ordinal()]++;
            worst = Severity.worst(worst, w);
            if (s.isReplica()) replicas++;
            LanguageSelection languages = topology.effectiveLanguages(s);
            if (!languages.all()) {
                if (allLanguages) shared = new LinkedHashSet<>(languages.codes());
                else shared.retainAll(languages.codes());
                allLanguages = false;
            }
            OptionalInt start = s.getSync().automatic() ? s.getSync().firstSyncMinute() : OptionalInt.empty();
            if (start.isPresent()) {
                first = Math.min(first, start.getAsInt());
                last = Math.max(last, start.getAsInt());
            }
        }
        String languages = allLanguages ? "all" : shared.isEmpty() ? "none in common" : String.join(", ", shared);
        String window = first > last ? "" : first == last ? clock(first) : clock(first) + "\u2013" + clock(last);
        return new GroupFace(members.size(), worst, bySeverity[Severity.ERROR.ordinal()], bySeverity[Severity.WARNING.ordinal()],
                bySeverity[Severity.INFO.ordinal()], members.size() - replicas, replicas, languages, window);
    }

    private static String clock(int minute) { return String.format("%02d:%02d", minute / 60, minute % 60); }

    /** The first line, in bold: "99 servers". */
    public String title() { return count + (count == 1 ? " server" : " servers"); }

    /** The lines under the title, most telling first (a small group card shows the first ones only). */
    public List<String> details() {
        List<String> lines = new ArrayList<>(7);
        if (errors > 0) lines.add(errors + " with errors");
        if (warnings > 0) lines.add(warnings + " with warnings");
        if (infos > 0) lines.add(infos + " with infos");
        if (autonomous > 0) lines.add(autonomous + " autonomous");
        if (replicas > 0) lines.add(replicas + (replicas == 1 ? " replica" : " replicas"));
        lines.add("Languages: " + sharedLanguages);
        if (!syncWindow.isEmpty()) lines.add("Sync " + syncWindow + " UTC");
        return lines;
    }
}
