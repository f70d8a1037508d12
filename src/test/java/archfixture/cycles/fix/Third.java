package archfixture.cycles.fix;

import archfixture.cycles.diff.First;

/** Closes the three-package cycle. */
public class Third {
    First next;
}
