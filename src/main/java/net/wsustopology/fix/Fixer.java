package net.wsustopology.fix;

import java.util.List;

/** Offers the fixes of the findings of some rules. */
interface Fixer {
    List<String> ruleIds();

    /** The fixes of one finding, the one that needs no choice first; empty when there is none. */
    List<QuickFix> fixes(FixTarget target);

    /** Why {@link #fixes} offers nothing for this finding, in one sentence. */
    default String whyNone(FixTarget target) { return NoFixReasons.UNCHANGEABLE; }
}
