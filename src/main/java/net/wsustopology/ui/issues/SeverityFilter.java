package net.wsustopology.ui.issues;

import net.wsustopology.validation.Severity;

/** A choice of the severity filter: every severity, or just one. */
record SeverityFilter(String title, Severity severity) {
    static final SeverityFilter ALL = new SeverityFilter("All severities", null);

    static SeverityFilter only(Severity severity) {
        String title = switch (severity) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Info";
        };
        return new SeverityFilter(title, severity);
    }

    boolean accepts(Severity s) { return severity == null || severity == s; }

    @Override public String toString() { return title; }
}
