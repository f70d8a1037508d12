package net.wsustopology.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** Checks whole plans or chosen servers against every registered rule. */
public final class Validator {
    private final List<Rule> rules;
    private final List<Rule> languageRules;

    public Validator() { this(Rules.all()); }

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        List<Rule> readingLanguages = new ArrayList<>();
        for (Rule r : this.rules) if (r.readsLanguages()) readingLanguages.add(r);
        this.languageRules = List.copyOf(readingLanguages);
    }

    public List<Rule> rules() { return rules; }

    /** Every finding of the plan, in file order of the flagged server, then rule order. Linear in plan size. */
    public List<Finding> validate(Topology topology) {
        ValidationContext context = new ValidationContext(topology);
        List<Finding> findings = new ArrayList<>();
        for (Server s : topology.servers()) check(s, context, findings);
        return findings;
    }

    /** Findings flagged on {@code server}, appended to {@code out}. */
    public void check(Server server, ValidationContext context, List<Finding> out) {
        check(server, context, out, rules);
    }

    /**
     * Re-checks the language rules on {@code server} and returns its complete findings in rule
     * order: fresh ones for those rules, {@code previous} ones for every other rule.
     */
    public List<Finding> recheckLanguages(Server server, ValidationContext context, List<Finding> previous) {
        List<Finding> fresh = new ArrayList<>();
        check(server, context, fresh, languageRules);
        if (previous.isEmpty()) return fresh;
        List<Finding> merged = new ArrayList<>(previous.size() + fresh.size());
        for (Rule rule : rules) {
            List<Finding> source = rule.readsLanguages() ? fresh : previous;
            for (Finding f : source) if (f.ruleId().equals(rule.id())) merged.add(f);
        }
        return merged;
    }

    private static void check(Server server, ValidationContext context, List<Finding> out, List<Rule> rules) {
        Consumer<Finding> sink = out::add; // one per server, not one per rule and server
        for (Rule rule : rules) rule.check(server, context, sink);
    }
}
