package net.wsustopology.io;

import java.io.IOException;
import java.io.Reader;

/**
 * What a strict JSON reader stopped at, told from the characters around the place it reports
 * (its message alone says only "not strict JSON" for an extra comma, a comment or a quote).
 * Runs on the error path only, so it simply reads the text again up to that place.
 */
final class MalformedJsonHint {
    private MalformedJsonHint() { }

    /**
     * The mistake at {@code line} and {@code column} (the reader's 1-based place, just after the
     * character it refused or at the start of a refused word), or null when the characters there suggest none of the usual ones.
     */
    static String at(PlanText text, int line, int column) {
        if (text == null || line < 1 || column < 2) return null;
        try (Reader r = text.open()) {
            int currentLine = 1;
            int currentColumn = 1;
            int before = -1;
            for (int c; (c = r.read()) >= 0; ) {
                // the reader reports the place after the refused character, or at a refused word
                if (currentLine == line && currentColumn >= column - 1 && !isBlank(c)) return describe(c, before, nextNonBlank(r));
                if (currentLine > line) return null;
                if (!isBlank(c)) before = c;
                if (c == '\n') {
                    currentLine++;
                    currentColumn = 1;
                } else {
                    currentColumn++;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // no hint is better than a second error
        }
        return null;
    }

    private static String describe(int refused, int before, int after) {
        if (refused == ',' && (after == ',' || after == ']' || after == '}')
                || (refused == ',' || refused == ']' || refused == '}') && before == ',') {
            return "an extra comma (JSON allows no comma before a closing bracket or brace, nor two in a row)";
        }
        if (refused == '/' || refused == '#') return "a comment (JSON has no comments)";
        if (refused == '\'') return "single quotes (JSON text and names need double quotes)";
        if (refused == 'N' || refused == 'I') return "NaN or Infinity (JSON numbers are finite)";
        if (Character.isLetter(refused)) return "a word without double quotes (JSON text and names need them)";
        return null;
    }

    private static int nextNonBlank(Reader r) throws IOException {
        int c;
        do c = r.read(); while (c >= 0 && isBlank(c));
        return c;
    }

    private static boolean isBlank(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
}
