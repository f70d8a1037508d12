package net.wsustopology.fix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.wsustopology.command.Command;
import net.wsustopology.command.CompositeCommand;
import net.wsustopology.command.Edits;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.IncrementalValidator;

/**
 * Applies the fixes that need no choice, one finding at a time, until none is left: the command
 * line's {@code fix} and the issues pane's "Fix all of this kind". A fix that would add a finding
 * of another rule is undone and reported as skipped, so fixing never trades one problem for another.
 * Running it on its own result changes nothing.
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
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                skipped.clear();
                if (!pass(fixes, validator, done, applied, skipped)) break;
            }
        } finally {
            validator.detach();
        }
        return new Result(applied, List.copyOf(skipped), new CompositeCommand(label, done));
    }

    private static final int MAX_PASSES = 8;

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
            Set<String> before = keysOfOtherRules(findings, next.finding.ruleId());
            Command command = next.fix.command();
            command.execute();
            validator.flush();
            List<Finding> after = validator.findings().all(topology);
            Set<String> added = keysOfOtherRules(after, next.finding.ruleId());
            added.removeAll(before);
            given.add(key(next.finding));
            if (!added.isEmpty()) {
                command.undo();
                validator.flush();
                skipped.add(next.fix.line() + " skipped: it would add " + String.join(", ", sorted(added)));
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

    private static Set<String> keysOfOtherRules(List<Finding> findings, String ruleId) {
        Set<String> keys = new HashSet<>();
        for (Finding f : findings) if (!f.ruleId().equals(ruleId)) keys.add(key(f));
        return keys;
    }

    private static String key(Finding f) { return f.ruleId() + " on " + f.serverId(); }

    private static List<String> sorted(Set<String> keys) {
        List<String> list = new ArrayList<>(keys);
        list.sort(null);
        return list;
    }
}
