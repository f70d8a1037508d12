package archfixture.cycles.diff;

import archfixture.cycles.insight.Second;

/** One end of a three-package cycle diff -> insight -> fix -> diff. */
public class First {
    Second next;
}
