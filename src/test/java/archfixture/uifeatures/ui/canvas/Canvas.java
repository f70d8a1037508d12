package archfixture.uifeatures.ui.canvas;

import archfixture.uifeatures.ui.common.Overlays;

/** A feature offering its work through ui.common (allowed). */
public class Canvas implements Overlays { }
