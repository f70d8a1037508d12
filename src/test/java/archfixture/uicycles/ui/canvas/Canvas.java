package archfixture.uicycles.ui.canvas;

import archfixture.uicycles.ui.insight.Insight;

/** A feature that reaches another feature: ui.canvas -> ui.insight -> ui.files -> ui.canvas. */
public class Canvas {
    Insight insight;
}
