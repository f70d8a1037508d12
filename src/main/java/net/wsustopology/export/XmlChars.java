package net.wsustopology.export;

/**
 * Characters XML 1.0 cannot hold (most control characters, U+FFFE, U+FFFF, half of a surrogate
 * pair): SVG and GraphML show {@link #REPLACEMENT} in their place, so the file stays well-formed
 * and the reader sees that something was there.
 */
public final class XmlChars {
    public static final char REPLACEMENT = '\uFFFD';

    private XmlChars() { }

    public static boolean isLegal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /** {@code text} with every character XML cannot hold replaced; each replaced one is recorded in {@code replaced} (when given). */
    public static String legal(String text, MissingGlyphs replaced) {
        if (text == null) return null;
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (!isLegal(cp)) {
                if (sb == null) sb = new StringBuilder(text.length()).append(text, 0, i);
                sb.append(REPLACEMENT);
                if (replaced != null) replaced.recordReplaced(cp);
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }
}
