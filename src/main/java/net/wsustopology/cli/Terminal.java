package net.wsustopology.cli;

/**
 * Text from a plan made safe to print on one line of a terminal or a CI log: control characters
 * (CR, LF, backspace, ESC, the C1 range), line and paragraph separators and the bidirectional
 * overrides are shown as escapes, so a name can neither start a line of its own nor move the cursor.
 */
final class Terminal {
    private Terminal() { }

    static String line(String text) {
        if (text == null) return "null";
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && sb == null) sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (sb == null) continue;
            if (escape != null) sb.append(escape); else sb.append(c);
        }
        return sb == null ? text : sb.toString();
    }

    private static String escape(char c) {
        if (c == '\t') return null;
        if (c == '\n') return "\\n";
        if (c == '\r') return "\\r";
        if (c == '\b') return "\\b";
        boolean unsafe = c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
        return unsafe ? String.format("\\u%04x", (int) c) : null;
    }
}
