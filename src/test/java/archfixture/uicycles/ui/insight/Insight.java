package archfixture.uicycles.ui.insight;

import archfixture.uicycles.ui.files.Files;

/** The middle of a cycle of ui packages. */
public class Insight {
    Files files;
}
