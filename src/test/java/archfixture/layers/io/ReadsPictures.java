package archfixture.layers.io;

import archfixture.layers.diagram.Picture;

/** io reaching up into diagram: the layers rule must catch it. */
public class ReadsPictures {
    Picture picture;
}
