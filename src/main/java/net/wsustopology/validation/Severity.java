package net.wsustopology.validation;

/** How bad a finding is; declared worst first. */
public enum Severity {
    ERROR("error"), WARNING("warning"), INFO("info");

    private final String code;

    Severity(String code) { this.code = code; }

    /** The word used in files, JSON output and the CLI. */
    public String code() { return code; }

    public boolean isAtLeast(Severity other) { return ordinal() <= other.ordinal(); }

    public static Severity fromCode(String code) {
        for (Severity s : values()) if (s.code.equalsIgnoreCase(code)) return s;
        throw new IllegalArgumentException("unknown severity: " + code);
    }

    /** The worse of two severities; null counts as none. */
    public static Severity worst(Severity a, Severity b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
