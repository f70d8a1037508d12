package archfixture.cycles.insight;

import archfixture.cycles.fix.Third;

/** The middle of a three-package cycle. */
public class Second {
    Third next;
}
