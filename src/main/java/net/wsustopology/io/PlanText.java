package net.wsustopology.io;

import java.io.CharArrayReader;
import java.io.Reader;

/**
 * A plan's decoded characters without a leading BOM. Kept as a char array: the parser reads it
 * directly, and it can be read again (a migration or a version probe) without decoding twice.
 */
record PlanText(char[] chars, int start, int end) {
    static PlanText of(char[] chars, int length) {
        int start = length > 0 && chars[0] == '\uFEFF' ? 1 : 0;
        return new PlanText(chars, start, length);
    }

    static PlanText of(String text) {
        char[] chars = text.toCharArray();
        return of(chars, chars.length);
    }

    Reader open() { return new CharArrayReader(chars, start, end - start); }

    String asString() { return new String(chars, start, end - start); }
}
