package net.wsustopology.validation;

import java.util.ArrayList;
import java.util.List;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** Runs one rule in a fresh validation pass, for rule tests. */
public final class RuleCheck {
    private RuleCheck() { }

    /** Findings of {@code rule} on the server with this id. */
    public static List<Finding> on(Rule rule, Topology topology, String serverId) {
        List<Finding> out = new ArrayList<>();
        rule.check(topology.server(serverId), new ValidationContext(topology), out::add);
        return out;
    }

    /** Findings of {@code rule} on every server, in file order. */
    public static List<Finding> all(Rule rule, Topology topology) {
        List<Finding> out = new ArrayList<>();
        ValidationContext context = new ValidationContext(topology);
        for (Server s : topology.servers()) rule.check(s, context, out::add);
        return out;
    }

    /** Ids of the flagged servers of {@code rule}'s findings over the whole plan, in file order. */
    public static List<String> flagged(Rule rule, Topology topology) {
        List<String> ids = new ArrayList<>();
        for (Finding f : all(rule, topology)) ids.add(f.serverId());
        return ids;
    }
}
