package archfixture.plainmodel.model;

import archfixture.plainmodel.io.FileFormat;

/** A model class that depends on io: the plain-model rule must catch it. */
public class KnowsTheFile {
    FileFormat format;
}
