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
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.IncrementalValidator;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.ValidationContext;
import net.wsustopology.validation.Validator;

/**
 * Applies the fixes that need no choice, one finding at a time, until none is left: the command
 * line's {@code fix} and the issues pane's "Fix all of this kind". A fix is kept only when it removes
 * its finding and adds none (of any rule, on any server); otherwise it is undone and reported as
 * skipped, so fixing never trades one problem for another. Every kept fix lowers the number of
 * findings, so the passes end, and running it on its own result changes nothing.
 *
 * <p>A pass visits the servers once, in file order: a kept fix adds no finding, so none appears
 * behind the pass. A fix is first tried on its own server alone (applied, that server's finding
 * counted, undone): one that leaves its finding needs no other server re-checked, which on a deep
 * chain, where moving a server re-tiers everything below it, is nearly every fix tried. Only the
 * servers a fix can affect are re-checked, and the counts change by what they changed.
 */
public final class FixRun {
    /** What a run changed: one line per applied fix, one per skipped one, and the whole as one executed step. */
    public record Result(List<String> applied, List<String> skipped, Command command) {
        public boolean changed() { return !applied.isEmpty(); }
    }

    private final Topology topology;
    private final Set<String> rules;
    private final FixSettings settings;
    private final Validator validator;
    private final Map<String, Rule> rulesById = new HashMap<>();

    /** {@code rules}: the rule ids to fix; empty means every rule that has a safe fix. */
    public FixRun(Topology topology, Set<String> rules, FixSettings settings) {
        this(topology, rules, settings, new Validator());
    }

    /** With the rules of {@code validator} deciding what counts as a finding. */
    public FixRun(Topology topology, Set<String> rules, FixSettings settings, Validator validator) {
        this.topology = topology;
        this.rules = Set.copyOf(rules);
        this.settings = settings;
        this.validator = validator;
        for (Rule r : validator.rules()) rulesById.put(r.id(), r);
    }

    /** Runs on the plan; the returned command has been executed (undo it to go back). */
    public Result run(String label) {
        QuickFixes fixes = new QuickFixes(new Edits(topology), settings);
        IncrementalValidator checked = new IncrementalValidator(topology, validator);
        List<Command> done = new ArrayList<>();
        List<String> applied = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try {
            // a fix skipped in one pass may fit after later fixes: passes go on until one changes nothing,
            // which is also why a second run on the result changes nothing
            do {
                skipped.clear();
            } while (new Pass(fixes, checked, done, applied, skipped).run());
        } finally {
            checked.detach();
        }
        return new Result(applied, List.copyOf(skipped), Edits.together(label, done));
    }

    private record Candidate(Finding finding, QuickFix fix) { }

    /** One pass over the findings in file order of their servers. */
    private final class Pass {
        private final QuickFixes fixes;
        private final IncrementalValidator checked;
        private final List<Command> done;
        private final List<String> applied;
        private final List<String> skipped;
        /** The findings passed: tried, or without a safe fix. */
        private final Set<String> given = new HashSet<>();
        private final List<Server> servers;
        /** Every server before this one has only given findings, and a kept fix adds none. */
        private int cursor;

        Pass(QuickFixes fixes, IncrementalValidator checked, List<Command> done, List<String> applied, List<String> skipped) {
            this.fixes = fixes;
            this.checked = checked;
            this.done = done;
            this.applied = applied;
            this.skipped = skipped;
            this.servers = List.copyOf(topology.servers());
        }

        /** True when it applied a fix. */
        boolean run() {
            boolean changed = false;
            int rounds = 4 * checked.findings().total() + 16;
            while (rounds-- > 0) {
                Candidate next = nextFixable();
                if (next == null) break;
                given.add(key(next.finding));
                if (tryFix(next)) changed = true;
            }
            return changed;
        }

        private Candidate nextFixable() {
            for (; cursor < servers.size(); cursor++) {
                for (Finding f : checked.findings().of(servers.get(cursor).id())) {
                    if (!rules.isEmpty() && !rules.contains(f.ruleId())) continue;
                    if (given.contains(key(f))) continue;
                    Optional<QuickFix> fix = fixes.safe(f);
                    if (fix.isPresent()) return new Candidate(f, fix.get());
                    given.add(key(f));
                }
            }
            return null;
        }

        /** Applies the fix and keeps it when it removes its finding and adds none; true when kept. */
        private boolean tryFix(Candidate next) {
            Command command = next.fix.command();
            if (!removesItsFinding(next.finding, command)) {
                skipped.add(next.fix.line() + " skipped: the finding would remain");
                return false;
            }
            command.execute();
            Map<String, Integer> change = flush();
            Set<String> added = new HashSet<>();
            change.forEach((key, delta) -> { if (delta > 0) added.add(key); });
            if (!added.isEmpty() || change.getOrDefault(key(next.finding), 0) >= 0) {
                command.undo();
                checked.flush();
                skipped.add(next.fix.line() + " skipped: " + (added.isEmpty()
                        ? "the finding would remain"
                        : "it would add " + String.join(", ", sorted(added))));
                return false;
            }
            done.add(command);
            applied.add(next.fix.line());
            return true;
        }

        /**
         * Whether the finding's rule, checked on its server alone with the fix applied, flags fewer
         * there; the fix is undone again before this returns, unheard by the plan's listeners.
         */
        private boolean removesItsFinding(Finding finding, Command command) {
            Server server = topology.server(finding.serverId());
            Rule rule = rulesById.get(finding.ruleId());
            int before = count(checked.findings().of(finding.serverId()), finding.ruleId());
            int[] after = new int[1];
            topology.tryQuietly(() -> {
                command.execute();
                try {
                    rule.check(server, new ValidationContext(topology), f -> after[0]++);
                } finally {
                    command.undo();
                }
            });
            return after[0] < before;
        }

        /** Re-checks what the last edit reached; per "rule on server", how many more findings it has now. */
        private Map<String, Integer> flush() {
            Set<String> ids = checked.pending();
            Map<String, Integer> change = new HashMap<>();
            for (String id : ids) for (Finding f : checked.findings().of(id)) change.merge(key(f), -1, Integer::sum);
            checked.flush();
            for (String id : ids) for (Finding f : checked.findings().of(id)) change.merge(key(f), 1, Integer::sum);
            return change;
        }
    }

    private static int count(List<Finding> findings, String ruleId) {
        int n = 0;
        for (Finding f : findings) if (f.ruleId().equals(ruleId)) n++;
        return n;
    }

    private static String key(Finding f) { return f.ruleId() + " on " + f.serverId(); }

    private static List<String> sorted(Set<String> keys) {
        List<String> list = new ArrayList<>(keys);
        list.sort(null);
        return list;
    }
}
