package net.wsustopology.io.csv;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The separator of a CSV file, told by its header row: a comma, or a semicolon (Excel's CSV where
 * the decimal mark is a comma, as in much of Europe), or a tab (Excel's "Unicode text").
 */
final class CsvSeparator {
    private static final int HEADER_LIMIT = 1 << 15;

    private CsvSeparator() { }

    /** Looks at the first line of {@code text} and leaves the reader where it was. */
    static char of(BufferedReader text) throws IOException {
        text.mark(HEADER_LIMIT);
        StringBuilder header = new StringBuilder();
        for (int c = text.read(); c != -1 && c != '\n' && c != '\r' && header.length() < HEADER_LIMIT - 1; c = text.read()) {
            header.append((char) c);
        }
        text.reset();
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') quoted = !quoted;
            if (quoted) continue;
            if (c == ',') commas++;
            if (c == ';') semicolons++;
            if (c == '\t') tabs++;
        }
        if (commas == 0 && semicolons > 0) return ';';
        if (commas == 0 && tabs > 0) return '\t';
        return ',';
    }
}
