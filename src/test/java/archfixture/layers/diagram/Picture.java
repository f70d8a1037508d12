package archfixture.layers.diagram;

/** A picture, a layer above io. */
public class Picture { }
