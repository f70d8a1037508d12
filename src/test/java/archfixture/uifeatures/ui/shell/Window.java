package archfixture.uifeatures.ui.shell;

import archfixture.uifeatures.ui.canvas.Canvas;
import archfixture.uifeatures.ui.drift.Drift;

/** The shell wires the features together (allowed). */
public class Window {
    Canvas canvas;
    Drift drift;
}
