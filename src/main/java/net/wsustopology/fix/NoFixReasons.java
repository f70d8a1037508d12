package net.wsustopology.fix;

import java.util.Map;

/**
 * Why a finding offers no fix, in one sentence: for the rules that never have one (only the user
 * knows the answer) and for a fixer that finds nothing to offer on one finding.
 */
final class NoFixReasons {
    private NoFixReasons() { }

    private static final Map<String, String> RULES_WITHOUT_FIXES = Map.of(
            "NET-02", "No fix: only you know the server's real host name; type it in the General tab.",
            "NET-07", "No fix: only you know the upstream's fully qualified name (its certificate's name); type it in the upstream's General tab.",
            "CAP-01", "No fix: Group Policy decides which server clients use; add a server for some of them, outside the plan's settings.",
            "CAP-02", "No fix: only you know how many clients the server has; type the number in the General tab.");

    /** The reason of a rule that has no fixer, or null. */
    static String ofRule(String ruleId) { return RULES_WITHOUT_FIXES.get(ruleId); }

    /** A fixer's reason when it offers nothing for one finding. */
    static final String UNCHANGEABLE = "No fix: nothing the plan could change removes this finding as the plan is now; change the setting in the inspector.";

    static final String NO_FREE_SLOT = "No fix: no start in the day is 15 minutes from every sibling and 30 minutes after the upstream;"
            + " sync less often, or move some siblings under another upstream.";

    static final String NO_GRANDPARENT = "No fix: the upstream has no upstream in the plan to move to; choose another upstream in the Source tab.";

    static final String UPSTREAM_PORT_INVALID = "No fix: the upstream's own port is out of range; fix the upstream's ports first (NET-01).";

    static final String UPSTREAM_MISSING = "No fix: the upstream is not in the plan; choose an upstream first (TOP-02).";

    static final String NO_ROOM = "No fix: the limit leaves no room to move downstreams to; raise maxDownstreamServers in the plan's limits.";
}
