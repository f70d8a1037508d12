package net.wsustopology.io.csv;

import java.io.IOException;

/** A CSV file that cannot be imported; the message names the line and what was wrong. */
public final class CsvFormatException extends IOException {
    private final long line;

    public CsvFormatException(long line, String problem) {
        super(line > 0 ? "line " + line + ": " + problem : problem);
        this.line = line;
    }

    /** The 1-based line of the problem, 0 when it concerns the whole file. */
    public long line() { return line; }
}
