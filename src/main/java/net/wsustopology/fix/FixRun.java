package net.wsustopology.fix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.wsustopology.command.Command;
import net.wsustopology.command.Edits;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.IncrementalValidator;

/**
 * Applies the fixes that need no choice, one finding at a time, until none is left: the command
 * line's {@code fix} and the issues pane's "Fix all of this kind". A fix is kept only when it removes
 * its finding and adds none (of any rule, on any server); otherwise it is undone and reported as
 * skipped, so fixing never trades one problem for another. Every kept fix lowers the number of
 * findings, so the passes end, and running it on its own result changes nothing.
 */
public final class FixRun {
    /** What a run changed: one line per applied fix, one per skipped one, and the whole as one executed step. */
    public record Result(List<String> applied, List<String> skipped, Command command) {
        public boolean changed() { return !applied.isEmpty(); }
    }

    private final Topology topology;
    private final Set<String> rules;
    private final FixSettings settings;

    /** {@code rules}: the rule ids to fix; empty means every rule that has a safe fix. */
    public FixRun(Topology topology, Set<String> rules, FixSettings settings) {
        this.topology = topology;
        this.rules = Set.copyOf(rules);
        this.settings = settings;
    }

    /** Runs on the plan; the returned command has been executed (undo it to go back). */
    public Result run(String label) {
        QuickFixes fixes = new QuickFixes(new Edits(topology), settings);
        IncrementalValidator validator = new IncrementalValidator(topology);
        List<Command> done = new ArrayList<>();
        List<String> applied = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try {
            // a fix skipped in one pass may fit after later fixes: passes go on until one changes nothing,
            // which is also why a second run on the result changes nothing
            do {
                skipped.clear();
            } while (pass(fixes, validator, done, applied, skipped));
        } finally {
            validator.detach();
        }
        return new Result(applied, List.copyOf(skipped), Edits.together(label, done));
    }

    /** One pass over the findings; true when it applied a fix. */
    private boolean pass(QuickFixes fixes, IncrementalValidator validator, List<Command> done, List<String> applied,
                         List<String> skipped) {
        Set<String> given = new HashSet<>();
        boolean changed = false;
        int rounds = 4 * validator.findings().total() + 16;
        while (rounds-- > 0) {
            List<Finding> findings = validator.findings().all(topology);
            Candidate next = firstFixable(findings, fixes, given);
            if (next == null) break;
            Map<String, Integer> before = counts(findings);
            Command command = next.fix.command();
            command.execute();
            validator.flush();
            Map<String, Integer> after = counts(validator.findings().all(topology));
            String fixed = key(next.finding);
            Set<String> added = added(before, after);
            given.add(fixed);
            boolean removed = after.getOrDefault(fixed, 0) < before.get(fixed);
            if (!added.isEmpty() || !removed) {
                command.undo();
                validator.flush();
                skipped.add(next.fix.line() + " skipped: " + (added.isEmpty()
                        ? "the finding would remain"
                        : "it would add " + String.join(", ", sorted(added))));
            } else {
                done.add(command);
                applied.add(next.fix.line());
                changed = true;
            }
        }
        return changed;
    }

    private record Candidate(Finding finding, QuickFix fix) { }

    private Candidate firstFixable(List<Finding> findings, QuickFixes fixes, Set<String> given) {
        for (Finding f : findings) {
            if (!rules.isEmpty() && !rules.contains(f.ruleId())) continue;
            if (given.contains(key(f))) continue;
            Optional<QuickFix> fix = fixes.safe(f);
            if (fix.isPresent()) return new Candidate(f, fix.get());
            given.add(key(f));
        }
        return null;
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        for (Finding f : findings) counts.merge(key(f), 1, Integer::sum);
        return counts;
    }

    /** The findings that {@code after} has more of than {@code before}. */
    private static Set<String> added(Map<String, Integer> before, Map<String, Integer> after) {
        Set<String> added = new HashSet<>();
        after.forEach((key, count) -> { if (count > before.getOrDefault(key, 0)) added.add(key); });
        return added;
    }

    private static String key(Finding f) { return f.ruleId() + " on " + f.serverId(); }

    private static List<String> sorted(Set<String> keys) {
        List<String> list = new ArrayList<>(keys);
        list.sort(null);
        return list;
    }
}
