package net.wsustopology.export;

import java.nio.charset.Charset;

/** The MacRoman byte of a character, for text in the MacRoman-encoded standard fonts of a PDF. */
final class MacRoman {
    /** Null when this Java runtime has no MacRoman charset (a trimmed runtime): text then falls back to ASCII. */
    private static final Charset CHARSET = find();

    private MacRoman() { }

    private static Charset find() {
        try {
            return Charset.forName("x-MacRoman");
        } catch (IllegalArgumentException missing) {
            return null;
        }
    }

    /** 128-255 for a character MacRoman has beyond ASCII; -1 otherwise. */
    static int code(char c) {
        if (CHARSET == null || c < 128) return -1;
        // an unmappable character comes back as '?', below 128
        byte[] bytes = String.valueOf(c).getBytes(CHARSET);
        return bytes.length == 1 && (bytes[0] & 0xFF) >= 128 ? bytes[0] & 0xFF : -1;
    }
}
