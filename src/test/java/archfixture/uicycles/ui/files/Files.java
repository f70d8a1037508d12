package archfixture.uicycles.ui.files;

import archfixture.uicycles.ui.canvas.Canvas;

/** Closes the cycle of ui packages. */
public class Files {
    Canvas canvas;
}
