package net.wsustopology.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** Checks whole plans or chosen servers against every registered rule. */
public final class Validator {
    private final List<Rule> rules;

    public Validator() { this(Rules.all()); }

    public Validator(List<Rule> rules) { this.rules = List.copyOf(rules); }

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
        Consumer<Finding> sink = out::add; // one per server, not one per rule and server
        for (Rule rule : rules) rule.check(server, context, sink);
    }
}
