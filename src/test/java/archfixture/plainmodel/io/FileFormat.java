package archfixture.plainmodel.io;

/** A file format the planted model wrongly knows. */
public class FileFormat { }
