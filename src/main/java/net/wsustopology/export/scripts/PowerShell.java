package net.wsustopology.export.scripts;

/** Turning plan values into inert PowerShell text. */
final class PowerShell {
    private PowerShell() { }

    /**
     * A single-quoted PowerShell string: nothing inside is expanded or run. PowerShell also ends
     * single-quoted strings at the typographic quotes U+2018-U+201B, so those are doubled as well;
     * line breaks and other control characters (never valid in these settings) become spaces.
     */
    static String quote(String value) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : (value == null ? "" : value).toCharArray()) {
            if (c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u201b') sb.append(c);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        return sb.append('\'').toString();
    }

    /** Text for a # comment: one line, no control characters. */
    static String comment(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : (text == null ? "" : text).toCharArray()) sb.append(Character.isISOControl(c) ? ' ' : c);
        return sb.toString();
    }

    static String bool(boolean value) { return value ? "$true" : "$false"; }
}
