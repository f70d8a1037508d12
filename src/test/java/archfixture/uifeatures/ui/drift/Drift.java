package archfixture.uifeatures.ui.drift;

import archfixture.uifeatures.ui.canvas.Canvas;
import archfixture.uifeatures.ui.common.Overlays;

/** A feature using ui.common (allowed) and reaching into another feature (the violation). */
public class Drift {
    Overlays overlays;
    Canvas canvas;
}
