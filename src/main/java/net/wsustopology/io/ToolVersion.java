package net.wsustopology.io;

/** The tool's own version (the one of pom.xml), told apart from the file format version it reads and writes. */
public final class ToolVersion {
    public static final String NUMBER = "1.0.0";

    private ToolVersion() { }

    /** "version 1.0.0 of the tool, which reads topology file format versions up to 1". */
    public static String describe() {
        return "version " + NUMBER + " of the tool, which reads topology file format versions up to " + Migrations.CURRENT_VERSION;
    }
}
