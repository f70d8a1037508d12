package net.wsustopology.fix;

import net.wsustopology.command.Edits;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;

/** The finding a fixer answers, with the server it is flagged on and the plan around it. */
record FixTarget(Finding finding, Server server, Topology topology, Edits edits, FixSettings settings) {
    String ruleId() { return finding.ruleId(); }

    Server upstream() { return topology.upstreamOf(server); }

    /** A server's name in a label: its host name without the domain. */
    static String name(Server s) { return HostNames.shortName(s.label()); }
}
