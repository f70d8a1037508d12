package net.wsustopology.io;

/**
 * A topology file that cannot be opened: invalid JSON, a wrong format or version, a missing or
 * duplicate id, a value of the wrong type. The message is one readable sentence naming the file,
 * where in it (line and column and/or JSON path) and what was expected.
 */
public final class FormatException extends Exception {
    private final String fileName;
    private final int line;
    private final int column;
    private final String jsonPath;
    private boolean newerFormat;

    public FormatException(String fileName, int line, int column, String jsonPath, String problem) {
        super(compose(fileName, line, column, jsonPath, problem));
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.jsonPath = jsonPath;
    }

    private static String compose(String fileName, int line, int column, String jsonPath, String problem) {
        StringBuilder b = new StringBuilder(fileName).append(": ");
        if (line > 0) b.append("line ").append(line).append(", column ").append(column);
        if (jsonPath != null && !jsonPath.isEmpty()) {
            b.append(line > 0 ? " (" + jsonPath + ")" : jsonPath);
        }
        if (line > 0 || (jsonPath != null && !jsonPath.isEmpty())) b.append(": ");
        return b.append(problem).toString();
    }

    public String fileName() { return fileName; }

    /** True when the file is valid but of a newer format version than this tool reads. */
    public boolean newerFormat() { return newerFormat; }

    /** Marks the file as one of a newer format version (the only fix is a newer tool). */
    FormatException markNewerFormat() {
        newerFormat = true;
        return this;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() { return line; }

    /** 1-based column, or 0 when unknown. */
    public int column() { return column; }

    /** JSON path such as {@code $.servers[1].clients}, or null when unknown. */
    public String jsonPath() { return jsonPath; }
}
